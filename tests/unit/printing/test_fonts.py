"""The CJK font is found on this system, embedded, and its absence names the package."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.domain.errors import EnvironmentFault
from app.printing.fonts import FONT_NAME, FONT_PACKAGE, FontFile, find_cjk_font, register_cjk_font


def test_finds_wenquanyi_micro_hei() -> None:
    font = find_cjk_font()
    assert font.path.is_file()
    assert font.path.name.startswith("wqy-microhei")
    # Index 0 of the collection is the proportional face, not "Micro Hei Mono".
    assert font.subfont_index == 0


def test_known_path_fallback_without_fontconfig() -> None:
    font = find_cjk_font(use_fc_match=False)
    assert font == FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0)


def test_registered_font_has_the_chinese_glyphs_we_print() -> None:
    name = register_cjk_font()
    assert name == FONT_NAME
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    for char in "服务项目确认单工单结算仅处理问题其他客户暂不考虑《》：¥—":
        assert ord(char) in font.face.charToGlyph, char


def test_missing_font_names_the_debian_package(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentFault) as caught:
        find_cjk_font([tmp_path / "nowhere.ttc"], use_fc_match=False)
    assert caught.value.code == "printing.font_missing"
    assert FONT_PACKAGE == "fonts-wqy-microhei"
    assert "fonts-wqy-microhei" in caught.value.message("zh_CN")
    assert "fonts-wqy-microhei" in caught.value.message("en")


def test_unreadable_font_file_is_an_environment_fault(tmp_path: Path) -> None:
    broken = tmp_path / "wqy-microhei.ttc"
    broken.write_bytes(b"not a font at all")
    with pytest.raises(EnvironmentFault) as caught:
        register_cjk_font(FontFile(broken, 0))
    assert caught.value.code == "printing.font_unreadable"
    assert "fonts-wqy-microhei" in caught.value.message("en")
