"""Format values the rule books give as a range or that offices do differently: settings, not
constants. ``FormatSettings.for_style`` gives the defaults (document-formats.md); a settings screen
can store ``to_dict()`` and rebuild with ``from_dict``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from core.documents.model import STYLES


@dataclass(frozen=True)
class FormatSettings:
    style: str = "state"
    font_name: str = "Times New Roman"
    # Page, in millimetres.
    margin_top_mm: float = 20
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    header_distance_mm: float = 10
    header_left_mm: float = 70          # header and signature tables: left | right column
    header_right_mm: float = 95
    # Font sizes, in points.
    national_size: float = 12           # CỘNG HÒA … (at 13 pt it needs 96 mm) / ĐẢNG CỘNG SẢN …
    motto_size: float = 13              # Độc lập - Tự do - Hạnh phúc (state only)
    parent_body_size: float = 13
    issuing_body_size: float = 13
    number_size: float = 13
    date_size: float = 14
    title_size: float = 14              # BIÊN BẢN, THÔNG BÁO, GIẤY MỜI
    summary_size: float = 14
    body_size: float = 14
    page_number_size: float = 13
    signature_size: float = 14
    recipients_label_size: float = 12
    recipients_size: float = 11
    # Paragraphs.
    first_line_indent_cm: float = 1.27  # 1 cm or 1.27 cm
    paragraph_spacing_pt: float = 6     # at least 6 pt between paragraphs
    line_spacing: float = 1.15          # single (1.0) up to 1.5
    agency_rule_ratio: float = 0.4      # rule under the issuing body / summary: 1/3 to 1/2
    signature_gap_pt: float = 66        # room to sign and stamp above the signer's name
    # An ordinary invitation fits on one page: single lines, list lines close together.
    invitation_line_spacing: float = 1.0
    invitation_list_spacing_pt: float = 2
    # Style-dependent wording and emphasis.
    minutes_left_label: str = "THƯ KÝ"
    minutes_right_label: str = "CHỦ TỌA"
    signer_title_bold: bool = True
    recipients_label_bold: bool = True
    recipients_label_italic: bool = True
    recipients_label_underline: bool = False
    end_mark: str = "./."               # how the body's last sentence ends

    @classmethod
    def for_style(cls, style: str, **changes: Any) -> FormatSettings:
        if style not in STYLES:
            raise ValueError(f"style must be one of {STYLES}, not {style!r}")
        base = cls() if style == "state" else cls(**_PARTY)
        return replace(base, **changes) if changes else base

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> FormatSettings:
        """Stored values over the style's defaults; unknown keys (older versions) are ignored."""
        style = values.get("style", "state")
        known = {f.name for f in fields(cls)} - {"style"}
        return cls.for_style(style, **{k: v for k, v in values.items() if k in known})


_PARTY: dict[str, Any] = dict(
    style="party",
    header_left_mm=80,                  # "ĐẢNG BỘ TỈNH QUẢNG NINH" at 14 pt needs about 68 mm
    header_right_mm=85,                 # the date line at 14 pt needs about 80 mm
    national_size=15,
    parent_body_size=14,
    issuing_body_size=14,
    number_size=14,
    date_size=14,
    title_size=16,
    summary_size=14,
    body_size=14,
    page_number_size=14,
    signature_size=14,
    recipients_label_size=14,
    recipients_size=12,
    minutes_left_label="NGƯỜI GHI BIÊN BẢN",
    minutes_right_label="CHỦ TRÌ HỘI NGHỊ",
    recipients_label_bold=False,
    recipients_label_italic=False,
    recipients_label_underline=True,
    end_mark=".",
)


def resolve(style: str, settings: FormatSettings | None) -> FormatSettings:
    """The settings a writer uses: the given ones (which must be for the committee's style), or
    the style's defaults."""
    if settings is None:
        return FormatSettings.for_style(style)
    if settings.style != style:
        raise ValueError(f"settings are for the {settings.style} style, the committee uses {style}")
    return settings
