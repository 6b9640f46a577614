"""The simulated Galaxy: areas, template-derived objects and their attribute definitions.

The model is deterministic from `(objects, seed)`. Attribute definitions live on templates
and are shared by every object derived from them, so a 200,000-object Galaxy costs one small
Python object per Galaxy object. Some tags exist in every model, whatever the seed, because
documentation and tests use them: `Object.Attribute`, and the area `Plant` holding `Tank01`
and `Pump01` (see `FIXED_TAGS`).
"""

from __future__ import annotations

import datetime as _dt
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from mxgateway._proto.mxaccess_gateway.v1 import MxDataType

__all__ = [
    "CATEGORY_AREA",
    "CATEGORY_DEVICE",
    "CATEGORY_USER_DEFINED",
    "FIXED_TAGS",
    "AlarmDef",
    "AttributeDef",
    "GalaxyModel",
    "ObjectDef",
    "Security",
    "TemplateDef",
    "build_model",
    "split_tag",
    "stable_hash",
]

# Galaxy categories the simulator uses (the gateway reports the Galaxy's native ids).
CATEGORY_AREA = 13
CATEGORY_DEVICE = 10
CATEGORY_USER_DEFINED = 11


class Security:
    """MXAccess security classifications, as stored on a Galaxy attribute."""

    FREE_ACCESS = 0
    OPERATE = 1
    SECURED_WRITE = 2
    VERIFIED_WRITE = 3
    TUNE = 4
    CONFIGURE = 5
    VIEW_ONLY = 6


_ELEMENT_MX_TYPES: dict[str, MxDataType] = {
    "bool": MxDataType.BOOLEAN,
    "int32": MxDataType.INTEGER,
    "int64": MxDataType.INTEGER,
    "float": MxDataType.FLOAT,
    "double": MxDataType.DOUBLE,
    "string": MxDataType.STRING,
    "datetime": MxDataType.TIME,
    "duration": MxDataType.ELAPSED_TIME,
    "bytes": MxDataType.UNKNOWN,
}

_BASE_TIME = _dt.datetime(2025, 1, 1, tzinfo=_dt.UTC)


@dataclass(frozen=True, slots=True)
class AlarmDef:
    """An alarm on an attribute: a high limit (read from another attribute) or a true state."""

    name: str
    alarm_type: str
    severity: int
    description: str
    limit_attribute: str | None = None  # None: the alarm is active while the value is true


@dataclass(frozen=True, slots=True)
class AttributeDef:
    """One dynamic attribute of a template, shared by every object derived from it.

    `type_name` is a `mxgateway.values.TYPE_NAMES` key, with ``[]`` appended for arrays;
    `behaviour` names how the value moves over time (see `mxgateway.simulator.signals`).
    """

    name: str
    type_name: str
    behaviour: str = "constant"
    writable: bool = True
    security: int = Security.OPERATE
    historized: bool = False
    alarm: AlarmDef | None = None
    built_in: bool = False
    initial: Callable[[str], object] | None = None  # constant value from the object's tag

    @property
    def is_array(self) -> bool:
        return self.type_name.endswith("[]")

    @property
    def element_type(self) -> str:
        return self.type_name.removesuffix("[]")

    @property
    def mx_data_type(self) -> int:
        return int(_ELEMENT_MX_TYPES[self.element_type])

    @property
    def secured(self) -> bool:
        return self.security in (Security.SECURED_WRITE, Security.VERIFIED_WRITE)


@dataclass(slots=True, eq=False)
class TemplateDef:
    """A Galaxy template: its derivation chain (most-derived first) and attributes."""

    name: str
    chain: tuple[str, ...]
    category_id: int
    attributes: tuple[AttributeDef, ...]
    is_area: bool = False
    by_name: dict[str, AttributeDef] = field(default_factory=dict)
    has_alarm: bool = False
    has_historized: bool = False

    def __post_init__(self) -> None:
        self.by_name = {attr.name.lower(): attr for attr in self.attributes}
        self.has_alarm = any(attr.alarm is not None for attr in self.attributes)
        self.has_historized = any(attr.historized for attr in self.attributes)


@dataclass(slots=True, eq=False)
class ObjectDef:
    """One deployed Galaxy object (an area is an object too)."""

    gobject_id: int
    tag_name: str
    contained_name: str
    parent: ObjectDef | None
    template: TemplateDef
    children: list[ObjectDef] = field(default_factory=list)
    fixed: bool = False

    @property
    def parent_id(self) -> int:
        return self.parent.gobject_id if self.parent is not None else 0

    @property
    def is_area(self) -> bool:
        return self.template.is_area

    def sort_key(self) -> tuple[bool, str]:
        """Browse order: areas first, then contained name (or tag name), case-insensitive."""
        return (not self.is_area, (self.contained_name or self.tag_name).lower())

    def area(self) -> ObjectDef | None:
        """The nearest area at or above this object's parent, for alarm references."""
        node = self.parent
        while node is not None and not node.is_area:
            node = node.parent
        return node

    def contained_path(self) -> str:
        """Contained names from the top, joined with '/' (tag names stand in for empty ones)."""
        parts: list[str] = []
        node: ObjectDef | None = self
        while node is not None:
            parts.append(node.contained_name or node.tag_name)
            node = node.parent
        return "/".join(reversed(parts))

    def attribute(self, name: str) -> AttributeDef | None:
        return self.template.by_name.get(name.lower())


def split_tag(reference: str) -> tuple[str, str]:
    """Split ``Object.Attribute`` at the first dot (tag names never contain one)."""
    tag, _, attribute = reference.strip().partition(".")
    return tag, attribute


def stable_hash(text: str) -> int:
    """A hash of `text` that is the same in every process (unlike `hash`)."""
    return zlib.crc32(text.encode())


# ---- templates ------------------------------------------------------------------------------


def _const(value: object) -> Callable[[str], object]:
    return lambda _tag: value


_SHORT_DESC = AttributeDef(
    "ShortDesc",
    "string",
    writable=False,
    security=Security.VIEW_ONLY,
    built_in=True,
    initial=lambda tag: f"{tag} (simulated)",
)


def _templates() -> dict[str, TemplateDef]:
    analog = (
        AttributeDef(
            "PV",
            "double",
            "sine",
            writable=False,
            security=Security.VIEW_ONLY,
            historized=True,
            alarm=AlarmDef("Hi", "AnalogLimitAlarm.Hi", 500, "PV high", "HiLimit"),
        ),
        AttributeDef("SP", "double", initial=_const(50.0)),
        AttributeDef("HiLimit", "double", security=Security.SECURED_WRITE, initial=_const(85.0)),
        AttributeDef("Mode", "int32", initial=_const(1)),
        AttributeDef(
            "EngUnits", "string", writable=False, security=Security.VIEW_ONLY, initial=_const("%")
        ),
        _SHORT_DESC,
    )
    discrete = (
        AttributeDef(
            "PV", "bool", "toggle", writable=False, security=Security.VIEW_ONLY, historized=True
        ),
        AttributeDef("Cmd", "bool", initial=_const(False)),
        # A fault flag rather than the toggling PV carries the alarm, so alarms stay quiet
        # until someone writes or forces it.
        AttributeDef(
            "Fault",
            "bool",
            initial=_const(False),
            alarm=AlarmDef("State", "DiscreteAlarm", 300, "device fault"),
        ),
        AttributeDef("StartCount", "int32", "ramp", writable=False, security=Security.VIEW_ONLY),
        AttributeDef("RunTime", "duration", "elapsed", writable=False, security=Security.VIEW_ONLY),
        _SHORT_DESC,
    )
    user_defined = (
        AttributeDef("BoolValue", "bool", "toggle"),
        AttributeDef("IntValue", "int32", "ramp", historized=True),
        AttributeDef("LongValue", "int64", "ramp"),
        AttributeDef("FloatValue", "float", "walk"),
        AttributeDef("DoubleValue", "double", "sine", historized=True),
        AttributeDef("StringValue", "string", initial=lambda tag: f"{tag} text"),
        AttributeDef("TimeValue", "datetime", initial=_const(_BASE_TIME)),
        AttributeDef("DurationValue", "duration", "elapsed"),
        AttributeDef("BytesValue", "bytes", initial=_const(b"\x00\x01\x02\x03")),
        AttributeDef("BoolArray", "bool[]", initial=_const([True, False, True])),
        AttributeDef("IntArray", "int32[]", initial=_const([1, 2, 3, 4])),
        AttributeDef("DoubleArray", "double[]", initial=_const([0.5, 1.5, 2.5])),
        AttributeDef("StringArray", "string[]", initial=_const(["a", "b", "c"])),
        AttributeDef(
            "Description",
            "string",
            writable=False,
            security=Security.VIEW_ONLY,
            initial=lambda tag: f"user-defined object {tag}",
        ),
        AttributeDef(
            "SecuredValue", "double", security=Security.SECURED_WRITE, initial=_const(1.0)
        ),
        AttributeDef("VerifiedValue", "int32", security=Security.VERIFIED_WRITE, initial=_const(0)),
        _SHORT_DESC,
    )
    tank = (
        AttributeDef(
            "Level",
            "double",
            "sine",
            writable=False,
            security=Security.VIEW_ONLY,
            historized=True,
            alarm=AlarmDef("Hi", "AnalogLimitAlarm.Hi", 700, "tank level high", "HiLimit"),
        ),
        AttributeDef("SetPoint", "double", initial=_const(50.0)),
        AttributeDef("Mode", "int32", initial=_const(1)),
        AttributeDef(
            "Name",
            "string",
            writable=False,
            security=Security.VIEW_ONLY,
            initial=lambda tag: f"{tag[:-2]} {tag[-2:]}",
        ),
        AttributeDef("HiLimit", "double", security=Security.SECURED_WRITE, initial=_const(85.0)),
        AttributeDef("Profile", "double[]", initial=_const([10.0, 20.0, 30.0, 40.0])),
        _SHORT_DESC,
    )
    pump = (
        AttributeDef("Running", "bool", "toggle", historized=True),
        AttributeDef("Speed", "float", "walk", historized=True),
        AttributeDef("Counter", "int64", "ramp"),
        AttributeDef("LastStart", "datetime", initial=_const(_BASE_TIME)),
        AttributeDef("RunTime", "duration", "elapsed"),
        AttributeDef("Blob", "bytes", initial=_const(b"\xde\xad\xbe\xef")),
        AttributeDef(
            "SerialNumber",
            "string",
            writable=False,
            security=Security.VIEW_ONLY,
            initial=lambda tag: f"SN-{stable_hash(tag):08X}",
        ),
        _SHORT_DESC,
    )
    skid = (
        AttributeDef("Running", "bool", "toggle"),
        AttributeDef("BatchId", "int64", "ramp", historized=True),
        AttributeDef("Recipe", "string", initial=_const("default")),
        _SHORT_DESC,
    )
    templates = [
        TemplateDef("$Area", ("$Area",), CATEGORY_AREA, (_SHORT_DESC,), is_area=True),
        TemplateDef("$UserDefined", ("$UserDefined",), CATEGORY_USER_DEFINED, user_defined),
        TemplateDef(
            "$Object",
            ("$Object", "$UserDefined"),
            CATEGORY_USER_DEFINED,
            (AttributeDef("Attribute", "int32", "ramp", historized=True), _SHORT_DESC),
        ),
        TemplateDef("$Tank", ("$Tank", "$UserDefined"), CATEGORY_DEVICE, tank),
        TemplateDef("$Pump", ("$Pump", "$DiscreteDevice"), CATEGORY_DEVICE, pump),
        TemplateDef(
            "$FlowTransmitter", ("$FlowTransmitter", "$AnalogDevice"), CATEGORY_DEVICE, analog
        ),
        TemplateDef(
            "$LevelTransmitter", ("$LevelTransmitter", "$AnalogDevice"), CATEGORY_DEVICE, analog
        ),
        TemplateDef(
            "$TempController", ("$TempController", "$AnalogDevice"), CATEGORY_DEVICE, analog
        ),
        TemplateDef("$Valve", ("$Valve", "$DiscreteDevice"), CATEGORY_DEVICE, discrete),
        TemplateDef("$Motor", ("$Motor", "$DiscreteDevice"), CATEGORY_DEVICE, discrete),
        TemplateDef("$Recipe", ("$Recipe", "$UserDefined"), CATEGORY_USER_DEFINED, user_defined),
        TemplateDef("$Skid", ("$Skid", "$UserDefined"), CATEGORY_USER_DEFINED, skid),
    ]
    return {template.name: template for template in templates}


# Equipment templates for generated objects: (template, tag prefix, weight).
_EQUIPMENT = (
    ("$FlowTransmitter", "FT", 4),
    ("$LevelTransmitter", "LT", 3),
    ("$TempController", "TIC", 3),
    ("$Valve", "XV", 4),
    ("$Motor", "M", 3),
    ("$Recipe", "RCP", 1),
    ("$Skid", "SKD", 1),
)
_SKID_PARTS = (("$Motor", "Motor"), ("$Valve", "InletValve"), ("$FlowTransmitter", "Flow"))
_LINES_PER_AREA = 4
_EQUIPMENT_PER_LINE = 20

#: Tags present in every model, whatever the seed or size.
FIXED_TAGS = ("Plant", "Tank01", "Pump01", "Object")


# ---- the model ------------------------------------------------------------------------------


class GalaxyModel:
    """The deployed Galaxy: objects by id and tag, the top level, the deploy time and version."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.templates = _templates()
        self.by_id: dict[int, ObjectDef] = {}
        self._by_tag: dict[str, ObjectDef] = {}
        self.top: list[ObjectDef] = []
        self.version = 1
        self.deploy_count = 0
        self.deploy_time = _BASE_TIME + _dt.timedelta(seconds=seed % 86_400)
        self._next_id = 1

    def __len__(self) -> int:
        return len(self.by_id)

    def add(
        self,
        tag_name: str,
        template: str,
        parent: ObjectDef | None = None,
        contained_name: str | None = None,
        *,
        fixed: bool = False,
    ) -> ObjectDef:
        """Create one object under `parent` (None: top level); children are sorted later."""
        obj = ObjectDef(
            gobject_id=self._next_id,
            tag_name=tag_name,
            contained_name=tag_name if contained_name is None else contained_name,
            parent=parent,
            template=self.templates[template],
            fixed=fixed,
        )
        self._next_id += 1
        self.by_id[obj.gobject_id] = obj
        self._by_tag[tag_name.lower()] = obj
        (parent.children if parent is not None else self.top).append(obj)
        return obj

    def sort_children(self) -> None:
        """Put every child list in browse order (contract section 5.9)."""
        self.top.sort(key=ObjectDef.sort_key)
        for obj in self.by_id.values():
            if len(obj.children) > 1:
                obj.children.sort(key=ObjectDef.sort_key)

    def object(self, tag_name: str) -> ObjectDef | None:
        """The object with this tag name (case-insensitive, like MXAccess), or None."""
        return self._by_tag.get(tag_name.lower())

    def resolve(self, reference: str) -> tuple[ObjectDef, AttributeDef] | None:
        """The object and attribute a tag address such as ``Tank01.Level`` names, or None."""
        tag, attribute = split_tag(reference)
        obj = self._by_tag.get(tag.lower())
        if obj is None or not attribute:
            return None
        attr = obj.template.by_name.get(attribute.lower())
        return None if attr is None else (obj, attr)

    def by_path(self, path: str) -> ObjectDef | None:
        """The object at a contained path such as ``Plant/Tank01``, or None."""
        nodes = self.top
        found: ObjectDef | None = None
        for part in (p for p in path.strip("/").split("/") if p):
            wanted = part.lower()
            found = next(
                (n for n in nodes if (n.contained_name or n.tag_name).lower() == wanted), None
            )
            if found is None:
                return None
            nodes = found.children
        return found

    def walk(self, roots: list[ObjectDef] | None = None) -> Iterator[tuple[ObjectDef, int]]:
        """Every object below `roots` (default: the top level) with its depth, parents first."""
        stack = [(obj, 0) for obj in reversed(self.top if roots is None else roots)]
        while stack:
            obj, depth = stack.pop()
            yield obj, depth
            if obj.children:
                stack.extend((child, depth + 1) for child in reversed(obj.children))

    def attribute_count(self) -> int:
        """Attributes over all objects (for DeployEvent)."""
        return sum(len(obj.template.attributes) for obj in self.by_id.values())

    def rename(self, obj: ObjectDef, new_tag: str) -> None:
        """Give `obj` a new tag name (a deploy may rename objects)."""
        del self._by_tag[obj.tag_name.lower()]
        if obj.contained_name == obj.tag_name:
            obj.contained_name = new_tag
        obj.tag_name = new_tag
        self._by_tag[new_tag.lower()] = obj

    def apply_deploy(self, now: _dt.datetime) -> None:
        """Simulate a Galaxy deploy: add two objects, rename one generated object, bump the
        deploy time and the cache version (so outstanding page tokens become stale)."""
        self.deploy_count += 1
        n = self.deploy_count
        area = next((obj for obj in self.top if obj.is_area and not obj.fixed), None)
        parent = area if area is not None else self.object("Plant")
        for k in (1, 2):
            self.add(f"Deployed{n:03d}_{k}", "$FlowTransmitter", parent, f"Deployed{n:03d}_{k}")
        candidates = [obj for obj in self.by_id.values() if not obj.fixed and not obj.is_area]
        if candidates:
            victim = candidates[(self.seed + n) % len(candidates)]
            self.rename(victim, f"{victim.tag_name}_R{n}")
        self.sort_children()
        latest = self.deploy_time + _dt.timedelta(milliseconds=1)
        self.deploy_time = max(now.replace(microsecond=now.microsecond // 1000 * 1000), latest)
        self.version += 1


def _add_fixed(model: GalaxyModel) -> None:
    plant = model.add("Plant", "$Area", fixed=True)
    model.add("Tank01", "$Tank", plant, fixed=True)
    model.add("Pump01", "$Pump", plant, fixed=True)
    model.add("Object", "$Object", fixed=True)


def _add_generated(model: GalaxyModel, count: int, rng: random.Random) -> None:
    templates = [name for name, _prefix, weight in _EQUIPMENT for _ in range(weight)]
    prefixes = {name: prefix for name, prefix, _weight in _EQUIPMENT}
    made = 0
    serial = 0
    area_no = 0
    while made < count:
        area_no += 1
        area = model.add(f"Area{area_no:03d}", "$Area")
        made += 1
        for line_no in range(1, _LINES_PER_AREA + 1):
            if made >= count:
                return
            line = model.add(
                f"Area{area_no:03d}_Line{line_no:02d}", "$Area", area, f"Line{line_no:02d}"
            )
            made += 1
            for slot in range(1, _EQUIPMENT_PER_LINE + 1):
                if made >= count:
                    return
                template = rng.choice(templates)
                serial += 1
                prefix = prefixes[template]
                tag = f"{prefix}{serial:06d}"
                # Some objects have no contained name: browse then sorts them by tag name.
                contained = "" if serial % 17 == 0 else f"{prefix}{slot:02d}"
                obj = model.add(tag, template, line, contained)
                made += 1
                if template != "$Skid":
                    continue
                for part_template, part_name in _SKID_PARTS:
                    if made >= count:
                        return
                    serial += 1
                    model.add(f"{tag}_{part_name}", part_template, obj, part_name)
                    made += 1


def build_model(objects: int, seed: int) -> GalaxyModel:
    """Build the Galaxy for `objects` objects in total (fixed tags included), from `seed`."""
    model = GalaxyModel(seed)
    _add_fixed(model)
    _add_generated(model, objects - len(model), random.Random(seed))
    model.sort_children()
    return model
