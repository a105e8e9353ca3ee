"""A stand-in for TensorFlow (and Keras) in an NLU server whose pipeline never uses it.

Rasa imports TensorFlow wherever it may be needed: the default recipe (which every component
registers with) imports the policies, and the regex handler imports the entity extractors'
training helpers; all of them reach `import tensorflow`. Our pipeline (ICU tokens, n-gram
counts, a linear model, the e5 encoder's own C engine) runs no TensorFlow op, yet the import
alone made the server's process 370 MB larger (573 MB instead of ~230 MB after loading the
model: docs/benchmarks.md "Issue 11").

With `install()` done before Rasa is imported, `import tensorflow` (and `keras`) yields a module
whose every name is an empty class: a name can be looked up, subclassed, used in a type hint
or as a default argument, which is all that Rasa's modules do when they are imported. Using one
(calling it, which is also how a class is instantiated) raises `TensorFlowAbsent`, so a
component that does need TensorFlow fails loudly instead of computing something else.
nlu/server.py installs it only for models whose every component is known not to need it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from typing import Any, NoReturn, Optional, Sequence

# The packages replaced: TensorFlow and the Keras it loads (tensorflow.keras re-exports it).
ROOTS = ("tensorflow", "keras")


class TensorFlowAbsent(RuntimeError):
    """A component used TensorFlow, which this server does not load."""


class _AbsentName(type):
    """The type of every stand-in name: a class, so that it can be a base class."""

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # copy, pickle, typing probe dunders: not there
        return absent_name(f"{cls.__qualname__}.{name}")

    def __call__(cls, *args: Any, **kwargs: Any) -> NoReturn:
        raise TensorFlowAbsent(
            f"{cls.__qualname__} used, but this NLU server runs without TensorFlow "
            "(nlu/tf_absent.py); start it with `rasa run` for a pipeline that needs it"
        )

    def __getitem__(cls, item: Any) -> Any:
        return cls  # in type hints: tf.Tensor[...]

    def __or__(cls, other: Any) -> Any:
        return cls

    def __ror__(cls, other: Any) -> Any:
        return cls


def absent_name(qualname: str) -> Any:
    return _AbsentName(qualname.rsplit(".", 1)[-1], (), {"__qualname__": qualname})


class _AbsentModule(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return absent_name(f"{self.__name__}.{name}")


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(
        self,
        fullname: str,
        path: Optional[Sequence[str]] = None,
        target: Optional[types.ModuleType] = None,
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname.split(".", 1)[0] in ROOTS:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = _AbsentModule(spec.name)
        module.__path__ = []  # a package: `from tensorflow.keras import layers` works
        module.__version__ = "0+absent"
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def install() -> None:
    """Replace TensorFlow for every later import in this process (before Rasa's first)."""
    loaded = [name for name in sys.modules if name.split(".", 1)[0] in ROOTS]
    if loaded:
        raise RuntimeError(f"TensorFlow already imported ({loaded[0]}): install() comes first")
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def installed() -> bool:
    return isinstance(sys.modules.get("tensorflow"), _AbsentModule)
