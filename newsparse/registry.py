"""The registry of source formats: built-ins first, then ``newsparse.formats`` plugins.

Built-ins are imported on first use. Plugins are read once from the entry-point group
``newsparse.formats``; one that fails to load is logged and kept in
:attr:`FormatRegistry.load_errors`, and never breaks ``import newsparse``. A name
registered twice raises :class:`~newsparse.errors.DuplicateFormatError` unless
``replace=True``.

Examples:
    >>> reg = FormatRegistry(plugins=False)
    >>> {"generic", "mint"} <= set(reg.names())
    True
    >>> reg.get("mint").name
    'mint'
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from newsparse.errors import (
    DuplicateFormatError,
    FormatContractError,
    FormatNotFoundError,
    InputTypeError,
    PluginLoadError,
)
from newsparse.formats import BUILTINS
from newsparse.typing import SourceFormat

if TYPE_CHECKING:
    from collections.abc import Mapping
    from importlib.metadata import EntryPoint

__all__ = ["ENTRY_POINT_GROUP", "FormatRegistry", "default_registry"]


def __dir__() -> list[str]:
    return __all__


log = logging.getLogger(__name__)

#: The entry-point group third-party formats register under.
ENTRY_POINT_GROUP = "newsparse.formats"


def _load_builtin(target: str) -> SourceFormat:
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    fmt: SourceFormat = cls()
    return fmt


def _check(fmt: object, origin: str) -> SourceFormat:
    if isinstance(fmt, type):
        # A class has the protocol's attributes too, but its score() is unbound.
        msg = f"{origin} is a class; register an instance of it ({fmt.__name__}())"
        raise FormatContractError(msg)
    if not isinstance(fmt, SourceFormat):
        msg = f"{origin} does not provide name, score() and parse()"
        raise FormatContractError(msg)
    name: object = getattr(fmt, "name", None)
    if not isinstance(name, str) or not name:
        msg = f"{origin} has no name"
        raise FormatContractError(msg)
    return fmt


def _load_plugin(ep: EntryPoint) -> SourceFormat:
    obj = ep.load()
    if isinstance(obj, type) or (callable(obj) and not isinstance(obj, SourceFormat)):
        obj = obj()  # a class or a factory
    fmt = _check(obj, f"plugin {ep.value}")
    if fmt.name != ep.name:
        msg = f"plugin {ep.value} names itself {fmt.name!r}, not {ep.name!r}"
        raise FormatContractError(msg)
    return fmt


class FormatRegistry:
    """Named source formats, with their origins.

    Args:
        builtins: Name to ``"module:Class"`` for the built-in formats.
        plugins: Whether to read the ``newsparse.formats`` entry points.

    Examples:
        >>> from newsparse.formats.generic import GenericFormat
        >>> reg = FormatRegistry(builtins={}, plugins=False)
        >>> reg.register(GenericFormat())
        >>> reg.names(), reg.origin("generic")
        (('generic',), 'registered')
    """

    def __init__(self, builtins: Mapping[str, str] = BUILTINS, *, plugins: bool = True) -> None:
        self._targets: dict[str, str] = dict(builtins)
        self._loaded: dict[str, SourceFormat] = {}
        self._origins: dict[str, str] = dict.fromkeys(builtins, "builtin")
        self._plugins_read = not plugins
        self._load_errors: dict[str, PluginLoadError] = {}
        self._formats: tuple[SourceFormat, ...] | None = None

    @property
    def load_errors(self) -> Mapping[str, PluginLoadError]:
        """Entry-point name to the error that kept that plugin from loading.

        A plugin whose name is already taken (by a built-in, or by a plugin read
        before it) is listed here too, since it is not loaded.

        Examples:
            >>> FormatRegistry(plugins=False).load_errors
            {}
        """
        self._read_plugins()
        return self._load_errors

    def _read_plugins(self) -> None:
        if self._plugins_read:
            return
        self._plugins_read = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in self._origins:
                msg = (
                    f"format plugin {ep.name!r} ({ep.value}) ignored: the name is taken "
                    f"by a {self._origins[ep.name]} format"
                )
                log.warning("%s", msg)
                self._load_errors.setdefault(ep.name, PluginLoadError(msg))
                continue
            try:
                fmt = _load_plugin(ep)
            except Exception as err:  # noqa: BLE001 - the plugin boundary: log and keep going
                msg = f"format plugin {ep.name!r} ({ep.value}) failed to load: {err}"
                log.warning("%s", msg)
                self._load_errors[ep.name] = PluginLoadError(msg)
                continue
            self._loaded[ep.name] = fmt
            self._origins[ep.name] = f"plugin {ep.value}"

    def register(self, fmt: SourceFormat, *, replace: bool = False) -> None:
        """Add a format object under its ``name``.

        Args:
            fmt: The format.
            replace: Replace a format of the same name instead of raising.

        Raises:
            DuplicateFormatError: The name is taken and ``replace`` is false.
            FormatContractError: ``fmt`` does not follow the protocol, or is a class
                rather than an instance of one (an entry point may name a class; the
                registry makes the instance).

        Examples:
            >>> from newsparse.formats.generic import GenericFormat
            >>> reg = FormatRegistry(plugins=False)
            >>> reg.register(GenericFormat(), replace=True)
            >>> reg.origin("generic")
            'registered'
        """
        fmt = _check(fmt, repr(fmt))
        self._read_plugins()
        if fmt.name in self._origins and not replace:
            msg = f"a format named {fmt.name!r} is already registered ({self._origins[fmt.name]})"
            raise DuplicateFormatError(msg)
        self._targets.pop(fmt.name, None)
        self._loaded[fmt.name] = fmt
        self._origins[fmt.name] = "registered"
        self._formats = None

    def deregister(self, name: str) -> None:
        """Remove a format.

        Raises:
            FormatNotFoundError: No format has that name.

        Examples:
            >>> reg = FormatRegistry(plugins=False)
            >>> reg.deregister("mint")
            >>> "mint" in reg.names()
            False
        """
        self._read_plugins()
        if name not in self._origins:
            raise FormatNotFoundError(name, self.names())
        self._targets.pop(name, None)
        self._loaded.pop(name, None)
        del self._origins[name]
        self._formats = None

    def names(self) -> tuple[str, ...]:
        """The registered names, sorted.

        Examples:
            >>> FormatRegistry(plugins=False).names()[:3]
            ('factiva', 'generic', 'lexisnexis')
        """
        self._read_plugins()
        return tuple(sorted(self._origins))

    def origin(self, name: str) -> str:
        """Where a format came from: ``builtin``, ``registered`` or ``plugin module:attr``.

        Raises:
            FormatNotFoundError: No format has that name.

        Examples:
            >>> FormatRegistry(plugins=False).origin("mint")
            'builtin'
        """
        self._read_plugins()
        if name not in self._origins:
            raise FormatNotFoundError(name, self.names())
        return self._origins[name]

    def get(self, name: str) -> SourceFormat:
        """Return the format called ``name``, importing it on first use.

        Raises:
            FormatNotFoundError: No format has that name; the error lists the known ones.

        Examples:
            >>> FormatRegistry(plugins=False).get("generic").name
            'generic'
        """
        fmt = self._loaded.get(name)
        if fmt is not None:
            return fmt
        target = self._targets.get(name)
        if target is None:
            self._read_plugins()
            fmt = self._loaded.get(name)
            if fmt is None:
                raise FormatNotFoundError(name, self.names())
            return fmt
        fmt = _check(_load_builtin(target), target)
        self._loaded[name] = fmt
        return fmt

    def formats(self) -> tuple[SourceFormat, ...]:
        """Every format, loaded, in name order.

        The tuple is kept until :meth:`register` or :meth:`deregister` changes the
        registry (a subclass that changes what ``names`` or ``get`` return otherwise
        must call one of them).

        Examples:
            >>> [f.name for f in FormatRegistry(plugins=False).formats()][-2:]
            ['webpage', 'wire']
        """
        if self._formats is None:
            self._formats = tuple(self.get(name) for name in self.names())
        return self._formats

    def is_builtin(self, name: str) -> bool:
        """Whether ``name`` is a built-in format (whose errors are bugs, and propagate).

        Examples:
            >>> reg = FormatRegistry(plugins=False)
            >>> reg.is_builtin("mint"), reg.is_builtin("no-such-format")
            (True, False)
        """
        return self._origins.get(name) == "builtin"


_DEFAULT: FormatRegistry | None = None


def _resolve(registry: object) -> FormatRegistry:
    """``registry``, or :func:`default_registry` for ``None``, as every entry point takes it.

    Raises:
        InputTypeError: ``registry`` is neither ``None`` nor a :class:`FormatRegistry`.
    """
    if registry is None:
        return default_registry()
    if not isinstance(registry, FormatRegistry):
        msg = f"registry must be a FormatRegistry, not {type(registry).__name__}"
        raise InputTypeError(msg)
    return registry


def default_registry() -> FormatRegistry:
    """The process-wide registry :func:`newsparse.parse` uses by default.

    Built-ins and installed ``newsparse.formats`` plugins; formats registered on it
    are seen by every later ``parse`` call in the process.

    Examples:
        >>> "mint" in default_registry().names()
        True
    """
    global _DEFAULT  # noqa: PLW0603 - one lazily built registry per process
    if _DEFAULT is None:
        _DEFAULT = FormatRegistry()
    return _DEFAULT
