"""The simulated Galaxy: determinism, fixed tags, every MX type, build speed."""

from __future__ import annotations

import pytest

from mxgateway.simulator.model import FIXED_TAGS, Security, build_model
from mxgateway.simulator.signals import BEHAVIOURS, TypeMismatch, coerce_python, default_value

FIXED_ATTRIBUTES = {
    "Object.Attribute": ("int32", True),
    "Tank01.Level": ("double", False),
    "Tank01.SetPoint": ("double", True),
    "Tank01.Mode": ("int32", True),
    "Tank01.Name": ("string", False),
    "Tank01.HiLimit": ("double", True),
    "Tank01.Profile": ("double[]", True),
    "Pump01.Running": ("bool", True),
    "Pump01.Speed": ("float", True),
    "Pump01.Counter": ("int64", True),
    "Pump01.LastStart": ("datetime", True),
    "Pump01.RunTime": ("duration", True),
    "Pump01.Blob": ("bytes", True),
    "Pump01.SerialNumber": ("string", False),
}


def signature(objects: int, seed: int) -> list[tuple[int, str, str, int, str]]:
    model = build_model(objects, seed)
    return [
        (o.gobject_id, o.tag_name, o.contained_name, o.parent_id, o.template.name)
        for o in model.by_id.values()
    ]


def test_the_model_is_deterministic() -> None:
    assert signature(300, 7) == signature(300, 7)
    assert signature(300, 7) != signature(300, 8)


@pytest.mark.parametrize("objects, seed", [(10, 1), (200, 2), (1234, 99)])
def test_size_and_fixed_tags(objects: int, seed: int) -> None:
    model = build_model(objects, seed)
    assert len(model) == objects
    for tag in FIXED_TAGS:
        assert model.object(tag) is not None
    for reference, (type_name, writable) in FIXED_ATTRIBUTES.items():
        resolved = model.resolve(reference)
        assert resolved is not None, reference
        _obj, attr = resolved
        assert (attr.type_name, attr.writable) == (type_name, writable), reference
    plant = model.object("Plant")
    assert plant is not None and plant.is_area
    assert [c.tag_name for c in plant.children] == ["Pump01", "Tank01"]
    level = model.resolve("Tank01.Level")
    assert level is not None and level[1].historized and level[1].alarm is not None
    hi_limit = model.resolve("Tank01.HiLimit")
    assert hi_limit is not None and hi_limit[1].security == Security.SECURED_WRITE


def test_every_mx_type_is_present() -> None:
    model = build_model(500, 1)
    types = {attr.type_name for t in model.templates.values() for attr in t.attributes}
    assert {
        "bool",
        "int32",
        "int64",
        "float",
        "double",
        "string",
        "datetime",
        "duration",
        "bytes",
    } <= types
    assert any(name.endswith("[]") for name in types)
    used = {o.template.name for o in model.by_id.values()}
    assert {"$FlowTransmitter", "$Valve", "$Recipe", "$Skid"} <= used


def test_templates_share_attribute_definitions() -> None:
    model = build_model(2000, 1)
    transmitters = [o for o in model.by_id.values() if o.template.name == "$FlowTransmitter"]
    assert len(transmitters) > 10
    assert len({id(o.template.attributes) for o in transmitters}) == 1


def test_largest_models_build() -> None:
    """A large model builds whole; how fast the simulator starts is measured in benchmarks."""
    assert len(build_model(500, 1)) == 500
    assert len(build_model(100_000, 3)) == 100_000


def test_every_behaviour_moves_and_keeps_its_type() -> None:
    for (name, type_name), behaviour in BEHAVIOURS.items():
        value = behaviour.initial(12345, 0, 0.0, 0.05)
        values = [value]
        for n in range(1, 12):
            value = behaviour.step(value, 12345, n, n * 0.05, 0.05)
            values.append(value)
        assert len(set(map(repr, values))) > 1, name
        assert coerce_python(type_name, values[-1]) == values[-1]


def test_coercion_rules() -> None:
    assert coerce_python("double", 3) == 3.0
    assert coerce_python("int32", 4.0) == 4
    assert coerce_python("int64[]", [1, 2]) == [1, 2]
    for type_name, value in [
        ("int32", 4.5),
        ("bool", 1.0),
        ("string", 1),
        ("double[]", []),
        ("int32", [1]),
    ]:
        with pytest.raises(TypeMismatch):
            coerce_python(type_name, value)


def test_defaults_exist_for_every_attribute() -> None:
    model = build_model(500, 1)
    for template in model.templates.values():
        for attr in template.attributes:
            if attr.behaviour == "constant":
                value = default_value(attr, "X01")
                assert coerce_python(attr.type_name, value) == value
