"""Mine and ERW models seen in the region, with their category (shared/spec/domain-notes.md).

The names are matched without regard to case, spaces or dashes ("pmn 2" is PMN-2).
"""
from .i18n import N_

# model: (mine_category AP/AT, kind)
MINES = {
    "PMN": ("AP", N_("blast")), "PMN-2": ("AP", N_("blast")), "PMN-3": ("AP", N_("blast")),
    "PMN-4": ("AP", N_("blast")), "PFM-1": ("AP", N_("blast")),
    "OZM-3": ("AP", N_("bounding fragmentation")), "OZM-4": ("AP", N_("bounding fragmentation")),
    "OZM-72": ("AP", N_("bounding fragmentation")),
    "OZM-160": ("AP", N_("bounding fragmentation")),
    "POMZ-2": ("AP", N_("stake fragmentation")), "POMZ-2M": ("AP", N_("stake fragmentation")),
    "MON-50": ("AP", N_("directional fragmentation")),
    "MON-90": ("AP", N_("directional fragmentation")),
    "MON-100": ("AP", N_("directional fragmentation")),
    "MON-200": ("AP", N_("directional fragmentation")),
    "TM-57": ("AT", N_("blast")), "TM-62M": ("AT", N_("blast")), "TM-62P": ("AT", N_("blast")),
    "TM-46": ("AT", N_("blast")), "TM-83": ("AT", N_("off-route")),
}


def _key(model):
    return "".join(ch for ch in str(model).upper() if ch.isalnum())


_BY_KEY = {_key(model): model for model in MINES}


def canonical_model(model):
    """The catalogue's spelling of `model`, or None when it is not in the catalogue."""
    return _BY_KEY.get(_key(model)) if model else None


def category(model):
    """AP or AT for a known mine model, else None."""
    known = canonical_model(model)
    return MINES[known][0] if known else None


# Explosive remnants of war seen in the region (pick list of eo_finds.model with the mines)
ERW = ("122mm rocket", "BM-21 rocket", "152mm HE projectile", "122mm HE projectile",
       "100mm HE projectile", "82mm mortar bomb", "120mm mortar bomb", "RGD-5 grenade",
       "F-1 grenade", "RPG-7 rocket", "VOG-17 grenade", "cluster submunition",
       "152mm shell as OZM-160-type bounding mine")


def find_models():
    """Every model an EO find can be: the mines (by category) and the ERW."""
    return sorted(MINES, key=lambda m: (MINES[m][0], m)) + list(ERW)
