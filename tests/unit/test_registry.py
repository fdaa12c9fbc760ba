from __future__ import annotations

import importlib
import math
import pkgutil
from importlib.metadata import EntryPoint
from typing import TYPE_CHECKING, Any

import pytest

import newsparse
import newsparse.formats
from newsparse import registry as registry_mod
from newsparse.formats import BUILTINS
from newsparse.formats.generic import GenericFormat
from newsparse.model import Field, ParsedFields, ParseOptions, Span
from newsparse.registry import FormatRegistry

if TYPE_CHECKING:
    from collections.abc import Callable


class _Fixed:
    """A minimal plugin format that always scores the same."""

    priority = 0

    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self._score = score

    def score(self, text: str) -> float:
        return self._score

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        return ParsedFields()


def test_builtins_table_names_every_format_module() -> None:
    modules = {
        m.name
        for m in pkgutil.iter_modules(newsparse.formats.__path__)
        if not m.name.startswith("_")
    }
    targets = {t.partition(":")[0].rsplit(".", 1)[1] for t in BUILTINS.values()}
    assert modules == targets
    for name, target in BUILTINS.items():
        module, _, cls = target.partition(":")
        assert getattr(importlib.import_module(module), cls)().name == name


def test_unknown_format_lists_known_names() -> None:
    with pytest.raises(newsparse.FormatNotFoundError) as info:
        newsparse.parse("Some text", format="nope")
    assert isinstance(info.value, LookupError)
    assert "generic" in str(info.value)
    assert "mint" in info.value.known


def test_register_duplicate_and_replace() -> None:
    reg = FormatRegistry(plugins=False)
    with pytest.raises(newsparse.DuplicateFormatError):
        reg.register(_Fixed("mint", 0.5))
    reg.register(_Fixed("mint", 0.5), replace=True)
    assert reg.origin("mint") == "registered"
    reg.deregister("mint")
    assert "mint" not in reg.names()
    with pytest.raises(newsparse.FormatNotFoundError):
        reg.deregister("mint")


def test_register_rejects_non_formats() -> None:
    reg = FormatRegistry(plugins=False)
    with pytest.raises(newsparse.FormatContractError):
        reg.register(object())  # type: ignore[arg-type]
    # A class has the protocol's attributes, but registered it broke every detection.
    with pytest.raises(newsparse.FormatContractError, match=r"a class; register an instance"):
        reg.register(GenericFormat, replace=True)  # type: ignore[arg-type]


def test_forced_format_and_custom_registry() -> None:
    reg = FormatRegistry(plugins=False)
    reg.register(_Fixed("always", 0.9))
    article = newsparse.parse("Headline\n\nBody.", registry=reg)
    assert article.format == "always"
    assert newsparse.parse("Headline\n\nBody.", registry=reg, format="generic").headline == (
        "Headline"
    )


@pytest.mark.parametrize("bad", [1.5, -0.1, math.nan, True])
def test_score_outside_unit_interval_is_a_contract_error(bad: float) -> None:
    reg = FormatRegistry(plugins=False)
    reg.register(_Fixed("bad", bad))
    with pytest.raises(newsparse.FormatContractError):
        newsparse.detect("text", registry=reg)


def test_plugin_score_error_is_recorded_builtin_error_propagates() -> None:
    class Broken(_Fixed):
        def score(self, text: str) -> float:
            msg = "boom"
            raise RuntimeError(msg)

    reg = FormatRegistry(plugins=False)
    reg.register(Broken("broken", 0.0))
    reg._origins["broken"] = "plugin tests:Broken"  # as if loaded from an entry point
    (bad,) = [d for d in newsparse.detect("text", registry=reg) if d.format == "broken"]
    assert bad.score == 0.0
    assert bad.error is not None
    assert "boom" in bad.error

    reg2 = FormatRegistry(plugins=False)
    reg2.register(Broken("broken", 0.0))
    reg2._origins["broken"] = "builtin"
    with pytest.raises(RuntimeError):
        newsparse.detect("text", registry=reg2)


def test_a_plugins_explain_is_named_when_it_raises_and_a_lone_name_is_one_piece(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Explained(_Fixed):
        def explain(self, text: str) -> tuple[float, object]:
            if text == "boom":
                msg = "boom"
                raise RuntimeError(msg)
            return 0.5, "headline-rule"  # a str, not a tuple of names

    reg = FormatRegistry(builtins={}, plugins=False)
    reg.register(Explained("explained", 0.5))
    reg._origins["explained"] = "plugin tests:Explained"  # as if loaded from an entry point
    (found,) = newsparse.detect("text", registry=reg)
    assert found.evidence == ("headline-rule",)
    with caplog.at_level("WARNING", logger="newsparse.detect"):
        (failed,) = newsparse.detect("boom", registry=reg)
    assert failed.error is not None
    assert "raised in explain()" in caplog.text


def test_ties_break_on_priority_then_name() -> None:
    reg = FormatRegistry(builtins={}, plugins=False)
    a, b, c = _Fixed("b-fmt", 0.5), _Fixed("a-fmt", 0.5), _Fixed("c-fmt", 0.5)
    c.priority = 10
    for fmt in (a, b, c):
        reg.register(fmt)
    assert [d.format for d in newsparse.detect("x", registry=reg)] == ["c-fmt", "a-fmt", "b-fmt"]


def _fake_entry_points(eps: list[EntryPoint]) -> Callable[..., list[EntryPoint]]:
    def fake(**kwargs: Any) -> list[EntryPoint]:
        assert kwargs == {"group": "newsparse.formats"}
        return eps

    return fake


def test_plugins_load_from_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    eps = [
        EntryPoint("plain", "newsparse.formats.generic:GenericFormat", "newsparse.formats"),
        EntryPoint("broken", "no_such_module_xyz:Thing", "newsparse.formats"),
        EntryPoint("mint", "newsparse.formats.generic:GenericFormat", "newsparse.formats"),
    ]
    monkeypatch.setattr(registry_mod, "entry_points", _fake_entry_points(eps))
    reg = FormatRegistry()
    # "plain" names itself "generic", not "plain": a load error; so is the broken
    # import; "mint" collides with the built-in, is ignored, and says so.
    assert set(reg.load_errors) == {"plain", "broken", "mint"}
    assert all(isinstance(e, newsparse.PluginLoadError) for e in reg.load_errors.values())
    assert "taken by a builtin format" in str(reg.load_errors["mint"])
    assert "plain" not in reg.names()
    assert reg.origin("mint") == "builtin"


def test_a_second_plugin_of_the_same_name_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    target = "tests.unit.test_registry:make_plugin"
    eps = [
        EntryPoint("fixed", target, "newsparse.formats"),
        EntryPoint("fixed", "elsewhere:make", "newsparse.formats"),
    ]
    monkeypatch.setattr(registry_mod, "entry_points", _fake_entry_points(eps))
    reg = FormatRegistry()
    assert reg.origin("fixed") == f"plugin {target}"
    assert "(elsewhere:make) ignored: the name is taken by a plugin" in str(
        reg.load_errors["fixed"]
    )


def test_plugin_with_its_own_name_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    eps = [EntryPoint("fixed", "tests.unit.test_registry:make_plugin", "newsparse.formats")]
    monkeypatch.setattr(registry_mod, "entry_points", _fake_entry_points(eps))
    reg = FormatRegistry()
    assert reg.origin("fixed") == "plugin tests.unit.test_registry:make_plugin"
    assert newsparse.parse("anything at all", registry=reg).format == "fixed"


def make_plugin() -> _Fixed:
    return _Fixed("fixed", 0.99)


def test_generic_is_registered_and_scores_low() -> None:
    assert GenericFormat().score("text") == pytest.approx(0.05)
    assert GenericFormat().score("   ") == 0.0


class _Whole(_Fixed):
    """A plugin that makes the whole text it is given one paragraph."""

    def parse(self, text: str, options: ParseOptions) -> ParsedFields:
        para = Field(value=text, raw=text, span=Span(0, len(text)), rule="whole.text")
        return ParsedFields(paragraphs=(para,))


def test_a_plugin_is_given_a_text_with_a_bom_as_it_is() -> None:
    # Built-in formats read a leading BOM as a space; a plugin's spans index the text
    # it was given, so it is given the text itself.
    reg = FormatRegistry(plugins=False)
    reg.register(_Whole("whole", 0.9))
    for text in ("Hello there.", "\ufeffHello there."):
        a = newsparse.parse(text, registry=reg)
        assert (a.format, a.paragraphs) == ("whole", (text,))
        assert "text.bom" not in a.rules["furniture"]
