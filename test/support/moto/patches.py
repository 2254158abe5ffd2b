"""Closes the gaps of moto 5.2.5 that would let s3-xrepl's tests pass where AWS would not.

Loaded by launch.py inside the moto server process, before the server starts, so the product
only ever talks to the real HTTP APIs and reads back, through S3, KMS, IAM and CloudFormation
calls, what its stacks created. Every patch says which moto behaviour it replaces and why; the
written spec of what is (and is not) modelled is test/EMULATOR.md.

Nothing here is used by moto's own test-suite; it is pinned to moto==5.2.5 (checked at import).
"""

from __future__ import annotations

import json
import logging
import re
import string
import threading
from collections.abc import Callable
from typing import Any

import moto
from moto.cloudformation import models as cfn_models
from moto.cloudformation import parsing
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation.exceptions import CloudFormationError, ValidationError
from moto.core.common_models import CloudFormationModel
from moto.core.exceptions import JsonRESTError
from moto.core.utils import utcnow
from moto.iam.exceptions import DeleteConflictException, NoSuchEntity
from moto.iam.models import IAMBackend, ManagedPolicy, Role, iam_backends
from moto.kms.models import Key, KmsBackend, kms_backends
from moto.moto_api._internal import mock_random as random
from moto.s3 import responses as s3_responses
from moto.s3.exceptions import BucketNotEmpty, S3ClientError
from moto.s3.models import FakeBucket, S3Backend, s3_backends
from moto.utilities.utils import get_partition

if moto.__version__ != "5.2.5":  # the patches replace functions of this exact version
    raise RuntimeError(f"test/support/moto/patches.py targets moto 5.2.5, found {moto.__version__}")

log = logging.getLogger("moto.harness")


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _policy_text(document: Any) -> str:
    """CloudFormation hands policy documents to models as parsed JSON; the APIs store text."""
    return document if isinstance(document, str) else json.dumps(document)


def _xml_str(value: Any) -> Any:
    """Values as moto's XML request parser (xmltodict) would store them: every scalar a string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return {k: _xml_str(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_xml_str(v) for v in value]
    return value


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _reason(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error)
    code = getattr(error, "code", None)
    if not isinstance(code, str):
        code = getattr(error, "error_type", None) or type(error).__name__
    return f'Resource handler returned message: "{message}" (HandlerErrorCode: {code})'


def _stack_of(resources_map: Any) -> cfn_models.Stack | None:
    backend = cfn_models.cloudformation_backends[resources_map._account_id][
        resources_map._region_name
    ]
    return backend.stacks.get(resources_map.stack_id)


def _resource_event(
    resources_map: Any,
    logical_id: str,
    physical_id: str | None,
    resource_type: str,
    status: str,
    reason: str | None = None,
) -> None:
    """moto records only stack-level events; AWS records one per resource and status change.

    The product explains failures from these events, so they must exist."""
    stack = _stack_of(resources_map)
    if stack is None:
        return
    stack.events.append(
        cfn_models.Event(
            stack_id=stack.stack_id,
            stack_name=stack.name,
            logical_resource_id=logical_id,
            physical_resource_id=physical_id or "",
            resource_type=resource_type,
            resource_status=status,
            resource_status_reason=reason,
            resource_properties=None,
        )
    )


# --------------------------------------------------------------------------------------------
# 1. Principals in resource policies must exist (the "ordering trap" of DESIGN.md §1)
# --------------------------------------------------------------------------------------------

_IAM_PRINCIPAL = re.compile(r"^arn:aws[a-z-]*:iam::(\d{12}):(role|user)/(.+)$")


def _invalid_principals(policy_text: str) -> list[str]:
    """ARNs of IAM roles/users named as AWS principals that do not exist in the emulator.

    S3 (MalformedPolicy: Invalid principal in policy) and KMS (MalformedPolicyDocumentException)
    reject such policies; moto accepts anything. Account ids, root ARNs, "*", service and
    federated principals are accepted, as AWS does for accounts that exist."""
    try:
        doc = json.loads(policy_text)
    except (TypeError, ValueError):
        return []
    statements = doc.get("Statement", []) if isinstance(doc, dict) else []
    if isinstance(statements, dict):
        statements = [statements]
    missing: list[str] = []
    for statement in statements:
        if not isinstance(statement, dict):
            continue
        principal = statement.get("Principal")
        if not isinstance(principal, dict):
            continue
        arns = principal.get("AWS", [])
        for arn in arns if isinstance(arns, list) else [arns]:
            match = _IAM_PRINCIPAL.match(str(arn))
            if not match:
                continue
            account, kind, _ = match.groups()
            backend = iam_backends[account][get_partition("us-east-1")]
            if kind == "role":
                found = any(r.arn == arn for r in backend.roles.values())
            else:
                found = any(u.arn == arn for u in backend.users.values())
            if not found:
                missing.append(str(arn))
    return missing


# --------------------------------------------------------------------------------------------
# 2. The CloudFormation engine
# --------------------------------------------------------------------------------------------

# 2a. AWS::NoValue inside a list. moto's clean_json drops a property whose value resolves to
# AWS::NoValue but keeps it as null inside lists, so `Statement: [{Fn::If: [C, {...}, NoValue]}]`
# became `[null, ...]` in a policy. AWS removes the element.
_orig_clean_json = parsing.clean_json


def _clean_json(resource_json: Any, resources_map: Any) -> Any:
    if isinstance(resource_json, list):
        cleaned = (_clean_json(item, resources_map) for item in resource_json)
        return [item for item in cleaned if item is not None]
    return _orig_clean_json(resource_json, resources_map)


parsing.clean_json = _clean_json


# 2b. Templates moto cannot model must fail, not "succeed" without the resource. moto only logs
# "No Moto CloudFormation support for X" and skips it (AWS::S3::BucketPolicy and
# AWS::IAM::OIDCProvider among them until section 4 registers them).
def _unsupported_types(template: dict[str, Any]) -> list[str]:
    known = parsing.get_model_map()
    types = {
        r.get("Type", "")
        for r in (template.get("Resources") or {}).values()
        if isinstance(r, dict)
    }
    return sorted(
        t
        for t in types
        if t not in known and t not in parsing.NULL_MODELS and not t.startswith("Custom::")
    )


def _check_template(template: dict[str, Any]) -> None:
    unsupported = _unsupported_types(template)
    if unsupported:
        raise ValidationError(
            message="Template format error: Unrecognized resource types: ["
            + ", ".join(unsupported)
            + "] (not modelled by the moto emulator harness, see test/EMULATOR.md)"
        )


# 2c. Parameter constraints. moto ignores AllowedPattern, AllowedValues, lengths, ranges and
# unknown parameter names; CloudFormation rejects the request with a ValidationError.
def _check_parameters(template: dict[str, Any], given: dict[str, Any]) -> None:
    declared = template.get("Parameters") or {}
    unknown = [k for k in given if k not in declared]
    if unknown:
        raise ValidationError(
            message=f"Parameters: [{', '.join(unknown)}] do not exist in the template"
        )
    missing = [k for k, p in declared.items() if k not in given and "Default" not in p]
    if missing:
        raise ValidationError(message=f"Parameters: [{', '.join(missing)}] must have values")
    for name, spec in declared.items():
        raw = given.get(name, spec.get("Default"))
        if raw is None:
            continue
        ptype = spec.get("Type", "String")
        values = str(raw).split(",") if "List" in ptype else [str(raw)]
        fail = spec.get("ConstraintDescription")

        def bad(default_message: str) -> ValidationError:
            return ValidationError(
                message=f"Parameter '{name}' failed to satisfy constraint: {fail}"
                if fail
                else default_message
            )

        for value in values:
            if "AllowedValues" in spec and value not in [str(v) for v in spec["AllowedValues"]]:
                raise ValidationError(message=f"Parameter '{name}' must be one of AllowedValues")
            if "AllowedPattern" in spec and not re.fullmatch(spec["AllowedPattern"], value):
                raise bad(f"Parameter '{name}' must match pattern {spec['AllowedPattern']}")
            if "MinLength" in spec and len(value) < int(spec["MinLength"]):
                raise bad(f"Parameter '{name}' must contain at least {spec['MinLength']} characters")
            if "MaxLength" in spec and len(value) > int(spec["MaxLength"]):
                raise bad(f"Parameter '{name}' must contain at most {spec['MaxLength']} characters")
            if "Number" in ptype:
                try:
                    number = float(value)
                except ValueError:
                    raise ValidationError(message=f"Parameter '{name}' must be a number") from None
                if "MinValue" in spec and number < float(spec["MinValue"]):
                    raise bad(f"Parameter '{name}' must be a number not less than {spec['MinValue']}")
                if "MaxValue" in spec and number > float(spec["MaxValue"]):
                    raise bad(f"Parameter '{name}' must be a number not greater than {spec['MaxValue']}")


# 2d. Capabilities. moto never asks for CAPABILITY_IAM / CAPABILITY_NAMED_IAM; CloudFormation
# refuses such templates without them (InsufficientCapabilitiesException).
_IAM_TYPES = {
    "AWS::IAM::AccessKey": None,
    "AWS::IAM::Group": "GroupName",
    "AWS::IAM::InstanceProfile": "InstanceProfileName",
    "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
    "AWS::IAM::Policy": None,
    "AWS::IAM::Role": "RoleName",
    "AWS::IAM::User": "UserName",
    "AWS::IAM::UserToGroupAddition": None,
}


def _check_capabilities(template: dict[str, Any], capabilities: list[str]) -> None:
    needed = None
    for resource in (template.get("Resources") or {}).values():
        rtype = resource.get("Type")
        if rtype not in _IAM_TYPES:
            continue
        name_property = _IAM_TYPES[rtype]
        if name_property and name_property in (resource.get("Properties") or {}):
            needed = "CAPABILITY_NAMED_IAM"
        elif needed is None:
            needed = "CAPABILITY_IAM"
    if needed is None:
        return
    if needed in capabilities or (
        needed == "CAPABILITY_IAM" and "CAPABILITY_NAMED_IAM" in capabilities
    ):
        return
    raise CloudFormationError(
        "InsufficientCapabilitiesException", f"Requires capabilities : [{needed}]"
    )


def _request_checks(response: Any, template_body: str | None) -> None:
    # moto accepts any size; CloudFormation caps an inline TemplateBody at 51,200 bytes (the
    # product stages bigger templates in S3) and a TemplateURL object at 1 MB.
    inline = response._get_param("TemplateBody")
    if inline and len(inline.encode()) > 51_200:
        raise ValidationError(
            message="1 validation error detected: Value at 'templateBody' failed to satisfy constraint: Member must have length less than or equal to 51200"
        )
    if template_body and len(template_body.encode()) > 1_048_576:
        raise ValidationError(message="Template may not exceed 1048576 bytes in size.")
    if not template_body:
        return
    template = cfn_models.Stack.parse_template(template_body)
    _check_template(template)
    _check_capabilities(template, response._get_param("Capabilities", []) or [])


def _wrap_response(name: str, body_of: Callable[[Any], str | None]) -> None:
    original = getattr(cfn_responses.CloudFormationResponse, name)

    def wrapper(self: Any) -> Any:
        _request_checks(self, body_of(self))
        return original(self)

    wrapper.__name__ = name
    setattr(cfn_responses.CloudFormationResponse, name, wrapper)


def _body_of(self: Any) -> str | None:
    body = self._get_param("TemplateBody")
    url = self._get_param("TemplateURL")
    if not body and url:
        body = self._get_stack_from_s3_url(url)
    if not body and self._get_bool_param("UsePreviousTemplate", False):
        body = self.cloudformation_backend.get_stack(self._get_param("StackName")).template
    return body


_S3_URL = re.compile(
    r"^https?://(?:"
    r"(?P<vhost>[a-z0-9.-]+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?/(?P<vkey>.+)"
    r"|s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?/(?P<pbucket>[^/]+)/(?P<pkey>.+)"
    r"|(?:localhost|127\.0\.0\.1)(?::\d+)?/(?P<lbucket>[^/]+)/(?P<lkey>.+)"
    r")$"
)


def _get_stack_from_s3_url(template_url: str, account_id: str, partition: str) -> str:
    """moto read a path-style URL on 127.0.0.1 (the emulator's own endpoint) as bucket "127";
    and took any other host's first label as a bucket. CloudFormation accepts only S3 URLs."""
    match = _S3_URL.match(template_url)
    if not match:
        raise ValidationError(message="TemplateURL must be a supported URL.")
    bucket = match["vhost"] or match["pbucket"] or match["lbucket"]
    key = match["vkey"] or match["pkey"] or match["lkey"]
    from urllib.parse import unquote

    obj = s3_backends[account_id][partition].get_object(bucket, unquote(key.split("?")[0]))
    if obj is None:
        raise ValidationError(message=f"S3 error: The specified key does not exist. ({template_url})")
    return obj.value.decode("utf-8")  # type: ignore[union-attr]


cfn_responses.get_stack_from_s3_url = _get_stack_from_s3_url

for _name in ("create_stack", "update_stack"):
    _wrap_response(_name, _body_of)

_orig_response_create_change_set = cfn_responses.CloudFormationResponse.create_change_set


def _response_create_change_set(self: Any) -> Any:
    _request_checks(self, _body_of(self))
    # moto raises "No updates are to be performed." from CreateChangeSet when template and
    # parameters are unchanged. AWS creates the change set and marks it FAILED ("didn't contain
    # changes"), which the product treats as success; the backend (2e) does exactly that.
    self._validate_different_update = lambda *args, **kwargs: None
    return _orig_response_create_change_set(self)


cfn_responses.CloudFormationResponse.create_change_set = _response_create_change_set


# 2e. Change sets.
def _evaluation_map(
    resources_map: Any, template: dict[str, Any], parameters: dict[str, Any]
) -> parsing.ResourceMap:
    """A throw-away ResourceMap with the new template's parameters and conditions evaluated.

    Conditions only depend on parameters, mappings and pseudo parameters, so evaluating them
    creates no resource."""
    evaluation = parsing.ResourceMap(
        resources_map.stack_id,
        resources_map._parsed_resources["AWS::StackName"],
        parameters,
        {},
        region_name=resources_map._region_name,
        account_id=resources_map._account_id,
        template=template,
        cross_stack_resources=resources_map.cross_stack_resources,
    )
    evaluation.load_mapping()
    evaluation.load_parameters()
    evaluation.load_conditions()
    return evaluation


def _references(node: Any, found: set[str] | None = None) -> set[str]:
    """Names a template fragment depends on: Ref / GetAtt / Sub targets and `condition:` names."""
    found = set() if found is None else found
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(value)
            elif key == "Fn::GetAtt":
                target = value[0] if isinstance(value, list) else str(value).split(".")[0]
                found.add(target)
            elif key == "Fn::Sub":
                text = value if isinstance(value, str) else value[0]
                for name in re.findall(r"\$\{([^!}][^}]*)\}", text):
                    found.add(name.split(".")[0])
                if isinstance(value, list) and len(value) > 1:
                    _references(value[1], found)
            elif key == "Fn::If" and isinstance(value, list) and value:
                found.add("condition:" + str(value[0]))
                _references(value[1:], found)
            elif key == "Condition" and isinstance(value, str):
                found.add("condition:" + value)
            else:
                _references(value, found)
    elif isinstance(node, list):
        for item in node:
            _references(item, found)
    return found


# Properties whose change makes CloudFormation replace the resource (the resource type
# references' "Update requires: Replacement"), for the types the product deploys.
_REPLACEMENT_PROPERTIES = {
    "AWS::S3::Bucket": ["BucketName", "ObjectLockEnabled"],
    "AWS::S3::BucketPolicy": ["Bucket"],
    "AWS::KMS::Key": ["KeySpec", "KeyUsage", "MultiRegion", "Origin"],
    "AWS::IAM::Role": ["RoleName", "Path"],
    "AWS::IAM::OIDCProvider": ["Url"],
}


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def _created(resources_map: Any) -> list[str]:
    return [
        logical_id
        for logical_id in resources_map._resource_json_map
        if resources_map._parsed_resources.get(logical_id) is not None
    ]


def _resource_diff(
    resources_map: Any, template: dict[str, Any], parameters: dict[str, Any]
) -> dict[str, Any]:
    """What CloudFormation would do to go from the stack's state to (template, parameters).

    moto compares only the raw template JSON of each resource (plus direct Refs of changed
    parameters on StackUpdate, and nothing at all for change sets), ignores Conditions that
    flip, never reports Replacement, and so shows a parameter-only update as "no changes"."""
    new_resources = template.get("Resources") or {}
    evaluation = _evaluation_map(resources_map, template, parameters)
    new_conditions = {
        name: bool(evaluation.lazy_condition_map[name]) for name in template.get("Conditions") or {}
    }
    old_conditions = {
        name: bool(value)
        for name, value in getattr(resources_map, "lazy_condition_map", {}).items()
    }
    old_parameters = {k: _as_text(v) for k, v in resources_map.resolved_parameters.items()}
    new_parameters = {k: _as_text(v) for k, v in evaluation.resolved_parameters.items()}
    changed = {p for p in set(old_parameters) | set(new_parameters) if old_parameters.get(p) != new_parameters.get(p)}
    changed |= {
        "condition:" + c
        for c in set(old_conditions) | set(new_conditions)
        if old_conditions.get(c) != new_conditions.get(c)
    }

    def active(resource: dict[str, Any]) -> bool:
        condition = resource.get("Condition")
        return not condition or new_conditions.get(condition, False)

    old = _created(resources_map)
    new = [logical_id for logical_id, r in new_resources.items() if active(r)]
    add = [logical_id for logical_id in new if logical_id not in old]
    remove = [logical_id for logical_id in old if logical_id not in new]
    changed |= set(add) | set(remove)
    modify: list[str] = []
    replace: set[str] = set()
    progress = True
    while progress:  # a replaced resource changes what depends on it: iterate to a fixpoint
        progress = False
        for logical_id in new:
            if logical_id not in old or logical_id in modify:
                continue
            before = resources_map._resource_json_map[logical_id]
            after = new_resources[logical_id]
            if before == after and not (_references(after) & changed):
                continue
            modify.append(logical_id)
            progress = True
            properties = _REPLACEMENT_PROPERTIES.get(after.get("Type"), [])
            if before.get("Type") != after.get("Type") or any(
                (before.get("Properties") or {}).get(p) != (after.get("Properties") or {}).get(p)
                or (_references((after.get("Properties") or {}).get(p)) & changed)
                for p in properties
            ):
                replace.add(logical_id)
                changed.add(logical_id)
    return {
        "Add": add,
        "Modify": modify,
        "Remove": remove,
        "Replace": replace,
        "parameters": evaluation.resolved_parameters,
    }


def _changes(change_set: cfn_models.ChangeSet) -> list[cfn_models.Change]:
    rm = change_set.stack.resource_map
    diff = _resource_diff(rm, change_set.template_dict, change_set.parameters)
    new_resources = change_set.template_dict.get("Resources") or {}
    preview = _change_preview(rm, change_set.template_dict, change_set.parameters, diff)  # 2j
    changes = []
    for action in ("Add", "Modify", "Remove"):
        for logical_id in diff[action]:
            resource = (rm._resource_json_map if action == "Remove" else new_resources)[logical_id]
            change = cfn_models.Change(action, logical_id, resource.get("Type"))
            existing = rm._parsed_resources.get(logical_id) if action != "Add" else None
            change.physical_resource_id = getattr(existing, "physical_resource_id", None)
            if action == "Modify":
                replaced = logical_id in diff["Replace"]
                change.replacement = "True" if replaced else "False"
                change.scope = ["Properties"]
                if replaced:
                    old_json = rm._resource_json_map[logical_id]
                    change.policy_action = (
                        "ReplaceAndRetain"
                        if old_json.get("UpdateReplacePolicy") == "Retain"
                        else "ReplaceAndDelete"
                    )
            elif action == "Remove":
                change.policy_action = (
                    "Retain" if resource.get("DeletionPolicy") == "Retain" else "Delete"
                )
            preview.annotate(change)
            changes.append(change)
    return changes


cfn_models.ChangeSet.diff = _changes  # type: ignore[assignment]


def _create_change_set(
    self: cfn_models.CloudFormationBackend,
    stack_name: str,
    change_set_name: str,
    template: str,
    parameters: dict[str, str],
    description: str,
    change_set_type: str,
    notification_arns: list[str] | None = None,
    tags: dict[str, str] | None = None,
    role_arn: str | None = None,
) -> tuple[str, str]:
    """Replaces CloudFormationBackend.create_change_set.

    moto made a second stack object for every CREATE change set, even when the stack already
    existed in REVIEW_IN_PROGRESS (so DescribeStacks kept returning the first, never executed,
    one), allowed UPDATE change sets on stacks that cannot be updated, and decided "no changes"
    on the raw parameter dicts."""
    cfn_models.validate_create_change_set(change_set_name)
    template_dict = cfn_models.Stack.parse_template(template)
    _check_template(template_dict)
    _check_parameters(template_dict, parameters)
    existing = next(
        (s for s in self.stacks.values() if s.name == stack_name or s.stack_id == stack_name),
        None,
    )
    if change_set_type == "CREATE":
        if existing is not None and existing.status != "REVIEW_IN_PROGRESS":
            raise ValidationError(
                message=f"Stack [{stack_name}] already exists and cannot be created again with the changeSet [{change_set_name}]."
            )
        if existing is None:
            stack_id = cfn_models.generate_stack_id(stack_name, self.region_name, self.account_id)
            existing = cfn_models.Stack(
                stack_id=stack_id,
                name=stack_name,
                template={},
                parameters=parameters,
                account_id=self.account_id,
                region_name=self.region_name,
                notification_arns=notification_arns,
                tags=tags,
                role_arn=role_arn,
            )
            self.stacks[stack_id] = existing
            existing.status = "REVIEW_IN_PROGRESS"
            existing._add_stack_event("REVIEW_IN_PROGRESS", resource_status_reason="User Initiated")
        else:
            existing.tags = tags or {}
    else:
        if existing is None:
            raise ValidationError(stack_name)
        if existing.status in ("REVIEW_IN_PROGRESS", "ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "DELETE_FAILED") or existing.status.endswith("_IN_PROGRESS"):
            raise ValidationError(
                message=f"Stack:{existing.stack_id} is in {existing.status} state and can not be updated."
            )
    change_set_id = cfn_models.generate_changeset_id(change_set_name, self.region_name, self.account_id)
    change_set = cfn_models.ChangeSet(
        change_set_type=change_set_type,
        change_set_id=change_set_id,
        change_set_name=change_set_name,
        stack=existing,
        template=template,
        parameters=parameters,
        description=description,
        notification_arns=notification_arns,
        tags=tags,
        role_arn=role_arn,
    )
    empty = (
        change_set_type == "UPDATE"
        and existing.has_template(template)
        and {k: _as_text(v) for k, v in existing.resource_map.resolved_parameters.items()}
        == {
            k: _as_text(v)
            for k, v in _evaluation_map(existing.resource_map, template_dict, parameters).resolved_parameters.items()
        }
        and (tags or {}) == (existing.tags or {})
    )
    if empty:
        change_set.status = "FAILED"
        change_set.execution_status = "UNAVAILABLE"
        change_set.status_reason = "The submitted information didn't contain changes. Submit different information to create a change set."
    else:
        change_set.status = "CREATE_COMPLETE"
        change_set.execution_status = "AVAILABLE"
    self.change_sets[change_set_id] = change_set
    return change_set_id, existing.stack_id


cfn_models.CloudFormationBackend.create_change_set = _create_change_set  # type: ignore[assignment]


# 2f. Executing a change set. moto: executed change sets in any status, left Outputs, Description
# and parameters of the stack as they were before (a stack created through a change set had no
# Outputs at all), and turned any resource error into an HTTP 500 instead of a failed stack.
def _failed_logical_id(error: BaseException) -> str:
    return getattr(error, "_harness_logical_id", "") or "unknown"


def _refresh_stack(stack: cfn_models.Stack, change_set: cfn_models.ChangeSet, backend: Any) -> None:
    stack.template = change_set.template
    stack._parse_template()
    stack.description = stack.template_dict.get("Description")
    stack.parameters = dict(change_set.parameters)
    stack.output_map = stack._create_output_map()
    if change_set.tags is not None:
        stack.tags = change_set.tags
    for export in stack.exports:
        backend.exports[export.name] = export


def _execute_change_set(
    self: cfn_models.CloudFormationBackend, change_set_name: str, stack_name: str | None = None
) -> None:
    change_set = self.describe_change_set(change_set_name)
    if change_set.execution_status != "AVAILABLE":
        raise CloudFormationError(
            "InvalidChangeSetStatus",
            f"ChangeSet [{change_set.change_set_id}] cannot be executed in its current execution status of [{change_set.execution_status}]",
        )
    stack = self.stacks[change_set.stack_id]
    verb = change_set.change_set_type  # CREATE | UPDATE
    rm = stack.resource_map
    saved = (rm._template, rm._resource_json_map, dict(rm.input_parameters))
    stack._add_stack_event(f"{verb}_IN_PROGRESS", resource_status_reason="User Initiated")
    stack.status = f"{verb}_IN_PROGRESS"
    change_set.execution_status = "EXECUTE_IN_PROGRESS"
    try:
        change_set.apply()
    except Exception as error:  # the stack fails and rolls back, as in AWS
        log.warning("execute_change_set %s failed: %r", change_set.change_set_name, error)
        failed = _failed_logical_id(error)
        if verb == "CREATE":
            stack.status = "ROLLBACK_IN_PROGRESS"
            stack._add_stack_event(
                "ROLLBACK_IN_PROGRESS",
                resource_status_reason=f"The following resource(s) failed to create: [{failed}]. Rollback requested by user.",
            )
            try:
                rm.delete()  # what was created goes, except DeletionPolicy: Retain
            except Exception as rollback_error:  # noqa: BLE001
                log.warning("rollback of %s failed: %r", stack.name, rollback_error)
            final = "ROLLBACK_COMPLETE"
        else:
            stack.status = "UPDATE_ROLLBACK_IN_PROGRESS"
            stack._add_stack_event(
                "UPDATE_ROLLBACK_IN_PROGRESS",
                resource_status_reason=f"The following resource(s) failed to update: [{failed}].",
            )
            # The stack keeps its previous template and parameters. Live resources already
            # changed by this update are NOT changed back (see EMULATOR.md).
            rm._template, rm._resource_json_map, rm.input_parameters = saved
            rm.load_mapping()
            rm.load_parameters()
            rm.load_conditions()
            final = "UPDATE_ROLLBACK_COMPLETE"
        stack._add_stack_event(final)
        stack.status = final
        change_set.execution_status = "EXECUTE_FAILED"
        return
    _refresh_stack(stack, change_set, self)
    if verb == "UPDATE":
        stack.last_updated_time = utcnow()
    stack._add_stack_event(f"{verb}_COMPLETE")
    stack.status = f"{verb}_COMPLETE"
    change_set.execution_status = "EXECUTE_COMPLETE"
    # AWS deletes the stack's other change sets once one is executed.
    for other_id, other in list(self.change_sets.items()):
        if other.stack_id == stack.stack_id and other is not change_set:
            del self.change_sets[other_id]


cfn_models.CloudFormationBackend.execute_change_set = _execute_change_set  # type: ignore[assignment]


# 2g. Creating, updating and removing resources.
_orig_parse_and_create_resource = parsing.parse_and_create_resource


def _parse_and_create_resource(
    logical_id: str, resource_json: dict[str, Any], resources_map: Any, account_id: str, region_name: str
) -> Any:
    condition = resource_json.get("Condition")
    if condition and not resources_map.lazy_condition_map[condition]:
        return None
    rtype = resource_json.get("Type", "")
    _resource_event(resources_map, logical_id, None, rtype, "CREATE_IN_PROGRESS")
    try:
        resource = _orig_parse_and_create_resource(
            logical_id, resource_json, resources_map, account_id, region_name
        )
    except Exception as error:
        if not getattr(error, "_harness_logical_id", None):
            error._harness_logical_id = logical_id  # type: ignore[attr-defined]
            _resource_event(resources_map, logical_id, None, rtype, "CREATE_FAILED", _reason(error))
        raise
    _resource_event(
        resources_map, logical_id, getattr(resource, "physical_resource_id", None), rtype, "CREATE_COMPLETE"
    )
    return resource


parsing.parse_and_create_resource = _parse_and_create_resource


def _update_order(logical_ids: list[str], template: dict[str, Any]) -> list[str]:
    """Dependencies first: a resource is updated after the resources it references."""
    resources = template.get("Resources") or {}
    pending = set(logical_ids)
    ordered: list[str] = []

    def visit(logical_id: str, path: set[str]) -> None:
        if logical_id not in pending or logical_id in path:
            return
        depends = resources[logical_id].get("DependsOn", [])
        depends = [depends] if isinstance(depends, str) else depends
        for dep in sorted((_references(resources[logical_id]) | set(depends)) & pending):
            visit(dep, path | {logical_id})
        if logical_id in pending:
            pending.discard(logical_id)
            ordered.append(logical_id)

    for logical_id in logical_ids:
        visit(logical_id, set())
    return ordered


def _update(self: Any, template: dict[str, Any], parameters: dict[str, Any] | None = None) -> None:
    """Replaces ResourceMap.update (used by ExecuteChangeSet and UpdateStack).

    moto: removed resources before creating new ones and ignored DeletionPolicy: Retain on
    removal; ignored Conditions that flip; replaced a resource whose model has no update method
    with None (so every later Ref/GetAtt to it broke); updated in arbitrary order."""
    parameters = self.input_parameters if parameters is None else parameters
    diff = _resource_diff(self, template, parameters)
    old_json = dict(self._resource_json_map)

    self._template = template
    self.input_parameters = parameters
    self.load_mapping()
    self.load_parameters()
    self.load_conditions()
    self._resource_json_map = template.get("Resources") or {}

    for logical_id in diff["Add"]:
        _ = self[logical_id]

    for logical_id in _update_order(diff["Modify"], template):
        rtype = self._resource_json_map[logical_id].get("Type", "")
        original = self._parsed_resources[logical_id]
        _resource_event(self, logical_id, getattr(original, "physical_resource_id", None), rtype, "UPDATE_IN_PROGRESS")
        try:
            updated = parsing.parse_and_update_resource(
                logical_id, self._resource_json_map[logical_id], self, self._account_id, self._region_name
            )
        except Exception as error:
            error._harness_logical_id = logical_id  # type: ignore[attr-defined]
            _resource_event(
                self, logical_id, getattr(original, "physical_resource_id", None), rtype, "UPDATE_FAILED", _reason(error)
            )
            raise
        if updated is None:
            log.warning("moto cannot update %s (%s): kept unchanged", logical_id, rtype)
            updated = original
        self._parsed_resources[logical_id] = updated
        _resource_event(self, logical_id, getattr(updated, "physical_resource_id", None), rtype, "UPDATE_COMPLETE")

    # Removed resources go last, in the cleanup phase, as in CloudFormation.
    for logical_id in diff["Remove"]:
        resource = self._parsed_resources.pop(logical_id, None)
        if resource is None:
            continue
        resource_json = old_json[logical_id]
        rtype = resource_json.get("Type", "")
        physical_id = getattr(resource, "physical_resource_id", None)
        if resource_json.get("DeletionPolicy") == "Retain":
            _resource_event(self, logical_id, physical_id, rtype, "DELETE_SKIPPED")
            continue
        try:
            self._delete_resource(resource, resource_json)
        except Exception as error:  # noqa: BLE001  (AWS: cleanup failures do not fail the update)
            _resource_event(self, logical_id, physical_id, rtype, "DELETE_FAILED", _reason(error))
            continue
        _resource_event(self, logical_id, physical_id, rtype, "DELETE_COMPLETE")


parsing.ResourceMap.update = _update  # type: ignore[assignment]


def _delete(self: Any) -> None:
    """Replaces ResourceMap.delete: same order and Retain handling, plus per-resource events,
    and a failure (e.g. a non-empty bucket) propagates so the stack ends DELETE_FAILED."""
    retained = [k for k, v in self._resource_json_map.items() if v.get("DeletionPolicy") == "Retain"]
    for logical_id in retained:
        resource = self._parsed_resources.get(logical_id)
        if resource is not None and not isinstance(resource, str):
            _resource_event(
                self, logical_id, getattr(resource, "physical_resource_id", None),
                self._resource_json_map[logical_id].get("Type", ""), "DELETE_SKIPPED",
            )
    remaining = {
        k
        for k in self._resource_json_map
        if k not in retained and self._parsed_resources.get(k) is not None
    }
    last_error: Exception | None = None
    previous = len(remaining) + 1
    while remaining and len(remaining) < previous:
        previous = len(remaining)
        for logical_id in sorted(remaining):
            resource = self._parsed_resources[logical_id]
            resource_json = self._resource_json_map[logical_id]
            try:
                self._delete_resource(resource, resource_json)
            except Exception as error:  # retried: dependencies may go first
                last_error = error
                continue
            self._parsed_resources.pop(logical_id, None)
            remaining.discard(logical_id)
            _resource_event(
                self, logical_id, getattr(resource, "physical_resource_id", None),
                resource_json.get("Type", ""), "DELETE_COMPLETE",
            )
    if remaining and last_error is not None:
        for logical_id in remaining:
            resource = self._parsed_resources[logical_id]
            _resource_event(
                self, logical_id, getattr(resource, "physical_resource_id", None),
                self._resource_json_map[logical_id].get("Type", ""), "DELETE_FAILED", _reason(last_error),
            )
        last_error._harness_logical_id = ",".join(sorted(remaining))  # type: ignore[attr-defined]
        raise last_error


parsing.ResourceMap.delete = _delete  # type: ignore[assignment]


# 2h. Deleting a stack: termination protection (moto stores the flag, never enforces it, and has
# no UpdateTerminationProtection action), and DELETE_FAILED instead of an HTTP 500.
def _delete_stack(self: cfn_models.CloudFormationBackend, name_or_stack_id: str) -> None:
    """Replaces CloudFormationBackend.delete_stack (same bookkeeping; moto popped the stack
    before deleting its resources, so nothing could record resource events)."""
    stack = next(
        (s for s in self.stacks.values() if s.name == name_or_stack_id or s.stack_id == name_or_stack_id),
        None,
    )
    if stack is None:
        return  # AWS: deleting a stack that does not exist succeeds
    if stack.enable_termination_protection:
        raise ValidationError(
            message=f"Stack [{stack.name}] cannot be deleted while TerminationProtection is enabled"
        )
    export_names = [export.name for export in stack.exports]
    try:
        stack.delete()
    except Exception as error:  # noqa: BLE001
        stack.status = "DELETE_FAILED"
        stack.status_reason = f"The following resource(s) failed to delete: [{_failed_logical_id(error)}]. "
        stack._add_stack_event("DELETE_FAILED", resource_status_reason=stack.status_reason)
        return
    self.stacks.pop(stack.stack_id, None)
    self.deleted_stacks[stack.stack_id] = stack
    for export_name in export_names:
        self.exports.pop(export_name, None)


cfn_models.CloudFormationBackend.delete_stack = _delete_stack  # type: ignore[assignment]


def _update_termination_protection(self: Any) -> Any:
    stack = self.cloudformation_backend.get_stack(self._get_param("StackName"))
    stack.enable_termination_protection = self._get_bool_param("EnableTerminationProtection", False)
    return cfn_responses.ActionResult({"StackId": stack.stack_id})


cfn_responses.CloudFormationResponse.update_termination_protection = _update_termination_protection  # type: ignore[attr-defined]


# 2i. DescribeStackResources / ListStackResources. moto listed the resource map's values, which
# (a) gave an empty entry (LogicalResourceId null) for a resource whose Condition is false and
# (b) re-created, as a side effect of describing, every resource already deleted by a stack
# deletion or a rollback (the map creates resources lazily on lookup). Only what exists is listed.
cfn_models.Stack.stack_resources = property(  # type: ignore[assignment]
    lambda self: [
        self.resource_map._parsed_resources[logical_id]
        for logical_id in self.resource_map._resource_json_map
        if self.resource_map._parsed_resources.get(logical_id) is not None
    ]
)


# 2j. Change set details and property values (DescribeChangeSet with IncludePropertyValues, paged).
# moto's changes carried no Details, BeforeContext or AfterContext and DescribeChangeSet returned
# every change in one answer. CloudFormation reports, per changed property, one Detail per cause
# (API reference: ResourceChange, ResourceChangeDetail, ResourceTargetDefinition; user guide:
# "Example change sets"):
#   - a direct edit of the template:                Static  DirectModification
#   - a Ref to a changed parameter:                 Dynamic DirectModification + Static ParameterReference (CausingEntity: the parameter)
#   - a Ref / GetAtt to a resource being replaced:  Dynamic DirectModification + Static ResourceReference (CausingEntity: X)
#                                                    or ResourceAttribute (CausingEntity: X.Attr)
# `Tags` is its own attribute (Target.Attribute "Tags", no Name), as are DeletionPolicy & co.
# With IncludePropertyValues the targets also carry Path (a JSON pointer from /Properties down to
# the changed leaf; arrays by index; JSON-typed properties such as policy documents as one value),
# BeforeValue/AfterValue (text: strings as they are, other values as compact JSON, every scalar as
# a string) and AttributeChangeType (Add|Remove|Modify), and the change carries BeforeContext
# (Modify, Remove) / AfterContext (Add, Modify): {"Properties": ..., plus Metadata, CreationPolicy,
# UpdatePolicy, UpdateReplacePolicy, DeletionPolicy when the template has them}, resolved, with
# every scalar as a string (as CloudFormation prints them: "20", "false"). A value that depends on
# a resource that is being added or replaced is "{{changeSet:KNOWN_AFTER_APPLY}}" (the whole
# string, also inside a Fn::Sub or Fn::Join). Observed real outputs for all of this are quoted in
# aws-cdk's cloudformation-diff tests and in localstack's AWS-validated snapshots.
KNOWN_AFTER_APPLY = "{{changeSet:KNOWN_AFTER_APPLY}}"

# DescribeChangeSet's page: the API reference only says "1 MB"; a 200-resource change set was
# observed to come back in pages of 100 changes (mapbox/cfn-config#156).
_CHANGE_SET_PAGE = 100

# From the resource schemas (cfn-lint's copy): properties whose type is JSON (compared and shown
# as one value), arrays whose order does not matter (insertionOrder: false), and write-only
# properties (never read back, so never drift-checked). Paths use * for an array index.
_SCHEMAS: dict[str, dict[str, set[str]]] = {
    "AWS::S3::Bucket": {
        "json": set(),
        "unordered": {"/Tags"},
        "write_only": {
            "/AccessControl",
            "/LifecycleConfiguration/Rules/*/NoncurrentVersionExpirationInDays",
            "/LifecycleConfiguration/Rules/*/NoncurrentVersionTransition",
            "/LifecycleConfiguration/Rules/*/Transition",
            "/LifecycleConfiguration/Rules/*/ExpiredObjectDeleteMarker",
            "/ReplicationConfiguration/Rules/*/Prefix",
        },
    },
    "AWS::S3::BucketPolicy": {"json": {"/PolicyDocument"}, "unordered": set(), "write_only": set()},
    "AWS::KMS::Key": {
        "json": {"/KeyPolicy"},
        "unordered": {"/Tags"},
        "write_only": {"/PendingWindowInDays", "/BypassPolicyLockoutSafetyCheck", "/RotationPeriodInDays"},
    },
    "AWS::IAM::Role": {
        "json": {"/AssumeRolePolicyDocument", "/Policies/*/PolicyDocument"},
        "unordered": {"/ManagedPolicyArns", "/Policies", "/Tags"},
        "write_only": set(),
    },
    "AWS::IAM::ManagedPolicy": {"json": {"/PolicyDocument"}, "unordered": set(), "write_only": set()},
    "AWS::IAM::Policy": {"json": {"/PolicyDocument"}, "unordered": set(), "write_only": set()},
    "AWS::IAM::OIDCProvider": {
        "json": set(),
        "unordered": {"/ClientIdList", "/ThumbprintList", "/Tags"},
        "write_only": set(),
    },
}
_NO_SCHEMA: dict[str, set[str]] = {"json": set(), "unordered": set(), "write_only": set()}
_RESOURCE_ATTRIBUTES = ("Metadata", "CreationPolicy", "UpdatePolicy", "UpdateReplacePolicy", "DeletionPolicy")
_MISSING: Any = object()


def _cfn_scalars(value: Any) -> Any:
    """Every scalar as the text CloudFormation shows for it (20 -> "20", True -> "true")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return {k: _cfn_scalars(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cfn_scalars(v) for v in value]
    return value


def _cfn_text(value: Any) -> str:
    """A property value as a Before/After/Expected/ActualValue: strings as they are, the rest as
    compact JSON (None -> "null")."""
    value = _cfn_scalars(value)
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _pointer(parts: list[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _pattern(parts: list[Any]) -> str:
    return "".join("/" + ("*" if isinstance(p, int) else str(p)) for p in parts)


def _strip_paths(value: Any, patterns: set[str], parts: list[Any] | None = None) -> Any:
    """The value without the parts at the given schema paths (e.g. write-only properties)."""
    parts = parts or []
    if isinstance(value, dict):
        return {
            k: _strip_paths(v, patterns, parts + [k])
            for k, v in value.items()
            if _pattern(parts + [k]) not in patterns
        }
    if isinstance(value, list):
        return [_strip_paths(v, patterns, parts + [i]) for i, v in enumerate(value)]
    return value


def _unknown_inside(value: Any) -> Any:
    """A string that embeds a value not known before execution is not known as a whole."""
    if isinstance(value, str):
        return KNOWN_AFTER_APPLY if KNOWN_AFTER_APPLY in value else value
    if isinstance(value, dict):
        return {k: _unknown_inside(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unknown_inside(v) for v in value]
    return value


class _NotYetKnown:
    """Stands for a resource that a change set adds or replaces: its Ref and attributes are not
    known until the change set runs."""

    physical_resource_id = KNOWN_AFTER_APPLY

    def get_cfn_attribute(self, attribute_name: str) -> str:
        return KNOWN_AFTER_APPLY


_NOT_YET_KNOWN = _NotYetKnown()


class _PreviewMap(parsing.ResourceMap):
    """Resolves a template for display, against the resources that exist, without creating one.

    moto's ResourceMap creates a resource as a side effect of every lookup it has not parsed yet,
    so resolving a template through it would deploy it. Here a resource lookup answers the
    existing resource (`known`) or _NOT_YET_KNOWN."""

    def __init__(self, base: Any, template: dict[str, Any], parameters: dict[str, Any], known: dict[str, Any]):
        super().__init__(
            base.stack_id,
            base._parsed_resources["AWS::StackName"],
            parameters,
            {},
            region_name=base._region_name,
            account_id=base._account_id,
            template=template,
            cross_stack_resources=base.cross_stack_resources,
        )
        self.load_mapping()
        self.load_parameters()
        self.load_conditions()
        self._known = known

    def __getitem__(self, key: str) -> Any:
        if key in self._resource_json_map:
            return self._known.get(key, _NOT_YET_KNOWN)
        if key in self._parsed_resources:
            return self._parsed_resources[key]
        raise KeyError(key)

    def resolved_properties(self, logical_id: str) -> dict[str, Any] | None:
        """The resource's Properties with every intrinsic function resolved (None if that fails)."""
        resource_json = self._resource_json_map.get(logical_id) or {}
        try:
            resolved = parsing.clean_json(resource_json.get("Properties") or {}, self)
        except Exception as error:  # noqa: BLE001  (a preview must not fail the request)
            log.warning("cannot resolve the properties of %s: %r", logical_id, error)
            return None
        return _unknown_inside(resolved)


def _existing(resources_map: Any) -> dict[str, Any]:
    return {
        logical_id: resource
        for logical_id, resource in resources_map._parsed_resources.items()
        if logical_id in resources_map._resource_json_map and resource is not None
    }


def _reference_kinds(node: Any, found: set[tuple[str, str]] | None = None) -> set[tuple[str, str]]:
    """("Ref", X), ("GetAtt", "X.Attr") and ("Condition", C) that a template fragment uses."""
    found = set() if found is None else found
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(("Ref", value))
            elif key == "Fn::GetAtt":
                parts = value if isinstance(value, list) else str(value).split(".", 1)
                found.add(("GetAtt", ".".join(str(p) for p in parts[:2])))
            elif key == "Fn::Sub":
                text = value if isinstance(value, str) else value[0]
                for name in re.findall(r"\$\{([^!}][^}]*)\}", text):
                    found.add(("GetAtt", name) if "." in name else ("Ref", name))
                if isinstance(value, list) and len(value) > 1:
                    _reference_kinds(value[1], found)
            elif key == "Fn::If" and isinstance(value, list) and value:
                found.add(("Condition", str(value[0])))
                _reference_kinds(value[1:], found)
            else:
                _reference_kinds(value, found)
    elif isinstance(node, list):
        for item in node:
            _reference_kinds(item, found)
    return found


def _value_changes(before: Any, after: Any, parts: list[Any], json_paths: set[str]) -> list[tuple[list[Any], Any, Any, str]]:
    """(path, before, after, AttributeChangeType) for every changed leaf; arrays by index."""
    if before is _MISSING and after is _MISSING:
        return []
    if before is _MISSING:
        return [(parts, _MISSING, after, "Add")]
    if after is _MISSING:
        return [(parts, before, _MISSING, "Remove")]
    if _pattern(parts[1:]) not in json_paths:
        if isinstance(before, dict) and isinstance(after, dict):
            keys = list(after) + [k for k in before if k not in after]
            return [
                change
                for k in keys
                for change in _value_changes(before.get(k, _MISSING), after.get(k, _MISSING), parts + [k], json_paths)
            ]
        if isinstance(before, list) and isinstance(after, list):
            return [
                change
                for i in range(max(len(before), len(after)))
                for change in _value_changes(
                    before[i] if i < len(before) else _MISSING,
                    after[i] if i < len(after) else _MISSING,
                    parts + [i],
                    json_paths,
                )
            ]
    if _cfn_scalars(before) == _cfn_scalars(after):
        return []
    return [(parts, before, after, "Modify")]


def _context(resource_json: dict[str, Any], properties: dict[str, Any] | None) -> str:
    context: dict[str, Any] = {"Properties": _cfn_scalars(properties or {})}
    for attribute in _RESOURCE_ATTRIBUTES:
        if attribute in resource_json:
            context[attribute] = _cfn_scalars(resource_json[attribute])
    return json.dumps(context, separators=(",", ":"))


class _ChangePreview:
    """What a change set shows beyond Action/Replacement: Details, Scope and the contexts."""

    def __init__(self, rm: Any, template: dict[str, Any], parameters: dict[str, Any], diff: dict[str, Any]):
        self.rm = rm
        self.new_resources = template.get("Resources") or {}
        existing = _existing(rm)
        self.before = _PreviewMap(rm, rm._template, rm.input_parameters, existing) if rm._template else None
        self.after = _PreviewMap(
            rm,
            template,
            parameters,
            {k: v for k, v in existing.items() if k not in diff["Replace"] and k not in diff["Remove"]},
        )
        old_parameters = {k: _as_text(v) for k, v in rm.resolved_parameters.items()}
        new_parameters = {k: _as_text(v) for k, v in self.after.resolved_parameters.items()}
        self.changed_parameters = {
            p for p in set(old_parameters) | set(new_parameters) if old_parameters.get(p) != new_parameters.get(p)
        }
        old_conditions = {k: bool(v) for k, v in getattr(rm, "lazy_condition_map", {}).items()}
        new_conditions = {k: bool(v) for k, v in self.after.lazy_condition_map.items()}
        self.changed_conditions = {
            c for c in set(old_conditions) | set(new_conditions) if old_conditions.get(c) != new_conditions.get(c)
        }
        self.replaced = set(diff["Replace"])
        self._conditions = (rm._template.get("Conditions") or {}) | (template.get("Conditions") or {})
        self.condition_parameters = {name: self._parameters_of_condition(name, set()) for name in self._conditions}

    def _parameters_of_condition(self, name: str, seen: set[str]) -> set[str]:
        """The parameters a condition depends on, through the conditions it names."""
        conditions = self._conditions
        found: set[str] = set()
        for kind, entity in _reference_kinds(conditions.get(name)):
            if kind == "Ref":
                found.add(entity)
        for other in re.findall(r'"Condition":\s*"([^"]+)"', json.dumps(conditions.get(name))):
            if other not in seen:
                found |= self._parameters_of_condition(other, seen | {name})
        return found

    def _causes(self, old_raw: Any, new_raw: Any) -> list[tuple[str, str | None]]:
        """(ChangeSource, CausingEntity) of a changed top-level property."""
        causes: list[tuple[str, str | None]] = []
        if old_raw != new_raw:
            causes.append(("DirectModification", None))
        for kind, entity in sorted(_reference_kinds(new_raw)):
            if kind == "Condition" and entity in self.changed_conditions:
                for parameter in sorted(self.condition_parameters.get(entity, set()) & self.changed_parameters):
                    causes.append(("ParameterReference", parameter))
            elif kind == "Ref" and entity in self.changed_parameters:
                causes.append(("ParameterReference", entity))
            elif kind == "Ref" and entity in self.replaced:
                causes.append(("ResourceReference", entity))
            elif kind == "GetAtt" and entity.split(".")[0] in self.replaced:
                causes.append(("ResourceAttribute", entity))
        return causes or [("DirectModification", None)]

    def annotate(self, change: Any) -> None:
        logical_id = change.logical_resource_id
        change.before_context = change.after_context = None
        change.harness_details = []
        change.scope = []
        if change.action in ("Modify", "Remove") and self.before is not None:
            old_json = self.rm._resource_json_map.get(logical_id) or {}
            change.before_context = _context(old_json, self.before.resolved_properties(logical_id))
        if change.action in ("Add", "Modify"):
            new_json = self.new_resources.get(logical_id) or {}
            change.after_context = _context(new_json, self.after.resolved_properties(logical_id))
        if change.action == "Modify":
            self._details(change)

    def _details(self, change: Any) -> None:
        logical_id = change.logical_resource_id
        old_json = self.rm._resource_json_map.get(logical_id) or {}
        new_json = self.new_resources.get(logical_id) or {}
        rtype = new_json.get("Type", "")
        schema = _SCHEMAS.get(rtype, _NO_SCHEMA)
        replacement = set(_REPLACEMENT_PROPERTIES.get(rtype, []))
        before = json.loads(change.before_context or "{}").get("Properties") or {}
        after = json.loads(change.after_context or "{}").get("Properties") or {}
        old_properties = old_json.get("Properties") or {}
        new_properties = new_json.get("Properties") or {}
        details: list[dict[str, Any]] = []
        scope: list[str] = []
        names = list(new_properties) + [k for k in old_properties if k not in new_properties]
        targets: list[tuple[str, str | None, Any, Any, list[tuple[str, str | None]], str]] = []
        for name in names:
            attribute = "Tags" if name == "Tags" else "Properties"
            recreation = "Always" if name in replacement else "Never"
            causes = self._causes(old_properties.get(name, _MISSING), new_properties.get(name, _MISSING))
            targets.append((attribute, None if attribute == "Tags" else name,
                            before.get(name, _MISSING), after.get(name, _MISSING), causes, recreation))
        for attribute in _RESOURCE_ATTRIBUTES:
            old_value, new_value = old_json.get(attribute, _MISSING), new_json.get(attribute, _MISSING)
            if old_value != new_value:
                targets.append((attribute, None, old_value, new_value, [("DirectModification", None)], "Never"))
        for attribute, name, old_value, new_value, causes, recreation in targets:
            root = ["Properties", name if name else "Tags"] if attribute in ("Properties", "Tags") else [attribute]
            leaves = _value_changes(old_value, new_value, root, schema["json"])
            for parts, leaf_before, leaf_after, change_type in leaves:
                target: dict[str, Any] = {"Attribute": attribute}
                if name:
                    target["Name"] = name
                target["RequiresRecreation"] = recreation
                target["Path"] = _pointer(parts)
                if leaf_before is not _MISSING:
                    target["BeforeValue"] = _cfn_text(leaf_before)
                if leaf_after is not _MISSING:
                    target["AfterValue"] = _cfn_text(leaf_after)
                target["AttributeChangeType"] = change_type
                for source, entity in causes:
                    entries = (
                        [{"Evaluation": "Static", "ChangeSource": source}]
                        if entity is None
                        else [
                            {"Evaluation": "Dynamic", "ChangeSource": "DirectModification"},
                            {"Evaluation": "Static", "ChangeSource": source, "CausingEntity": entity},
                        ]
                    )
                    for entry in entries:
                        detail = {"Target": dict(target), **entry}
                        if detail not in details:
                            details.append(detail)
                if attribute not in scope:
                    scope.append(attribute)
        change.harness_details = details
        change.scope = sorted(scope, key=["Tags", "Properties", *_RESOURCE_ATTRIBUTES].index)


class _NoPreview:
    """Used when a template cannot be resolved for display: changes without Details or contexts."""

    def annotate(self, change: Any) -> None:
        change.before_context = change.after_context = None
        change.harness_details = []


def _change_preview(rm: Any, template: dict[str, Any], parameters: dict[str, Any], diff: dict[str, Any]) -> Any:
    try:
        return _ChangePreview(rm, template, parameters, diff)
    except Exception as error:  # noqa: BLE001  (the change set itself is still right)
        log.warning("change set preview failed: %r", error)
        return _NoPreview()


_VALUE_FIELDS = ("Path", "BeforeValue", "AfterValue", "AttributeChangeType")


class _ChangeView:
    """A Change as DescribeChangeSet shows it, with or without property values."""

    def __init__(self, change: Any, include_values: bool):
        self.action = change.action
        self.logical_resource_id = change.logical_resource_id
        self.resource_type = change.resource_type
        self.physical_resource_id = getattr(change, "physical_resource_id", None)
        self.replacement = getattr(change, "replacement", None)
        self.policy_action = getattr(change, "policy_action", None)
        self.scope = list(getattr(change, "scope", None) or [])
        details = getattr(change, "harness_details", [])
        if include_values:
            self.details = details
            self.before_context = getattr(change, "before_context", None)
            self.after_context = getattr(change, "after_context", None)
        else:  # one entry per target and cause, as before property values existed
            seen: list[dict[str, Any]] = []
            for detail in details:
                bare = {**detail, "Target": {k: v for k, v in detail["Target"].items() if k not in _VALUE_FIELDS}}
                if bare not in seen:
                    seen.append(bare)
            self.details = seen
            self.before_context = self.after_context = None


class _ChangeSetPage:
    """One page of a change set: the change set's fields, a slice of its changes, a NextToken."""

    def __init__(self, change_set: Any, changes: list[_ChangeView], next_token: str | None):
        self._change_set = change_set
        self.changes = changes
        self.next_token = next_token

    def __getattr__(self, name: str) -> Any:
        return getattr(self._change_set, name)


def _page_token(kind: str, owner: str, offset: int) -> str:
    import base64

    return base64.urlsafe_b64encode(json.dumps([kind, owner, offset]).encode()).decode()


def _page_offset(token: str | None, kind: str, owner: str) -> int:
    """The offset a NextToken stands for; a token of another listing is refused."""
    import base64

    if not token:
        return 0
    try:
        token_kind, token_owner, offset = json.loads(base64.urlsafe_b64decode(token.encode()))
    except (ValueError, TypeError):
        raise ValidationError(message="Invalid NextToken") from None
    if token_kind != kind or token_owner != owner or not isinstance(offset, int) or offset < 0:
        raise ValidationError(message="Invalid NextToken")
    return offset


def _response_describe_change_set(self: Any) -> Any:
    """Replaces CloudFormationResponse.describe_change_set: pages of 100 changes with NextToken,
    and Details / BeforeContext / AfterContext (the latter two and the Details' values only with
    IncludePropertyValues)."""
    change_set = self.cloudformation_backend.describe_change_set(change_set_name=self._get_param("ChangeSetName"))
    include_values = self._get_bool_param("IncludePropertyValues", False)
    start = _page_offset(self._get_param("NextToken"), "DescribeChangeSet", change_set.change_set_id)
    changes = change_set.changes or []
    end = start + _CHANGE_SET_PAGE
    next_token = _page_token("DescribeChangeSet", change_set.change_set_id, end) if end < len(changes) else None
    views = [_ChangeView(c, include_values) for c in changes[start:end]]
    return cfn_responses.ActionResult(_ChangeSetPage(change_set, views, next_token))


cfn_responses.CloudFormationResponse.describe_change_set = _response_describe_change_set  # type: ignore[assignment]


# --------------------------------------------------------------------------------------------
# 3. S3
# --------------------------------------------------------------------------------------------

def _cfn_encryption(config: dict[str, Any]) -> dict[str, Any]:
    """moto's cfn_to_api_encryption drops BucketKeyEnabled, so every bucket read back
    BucketKeyEnabled: false. Stored in the shape PutBucketEncryption's XML parser produces."""
    rule = (config.get("ServerSideEncryptionConfiguration") or [{}])[0]
    by_default = rule.get("ServerSideEncryptionByDefault") or {}
    stored_rule: dict[str, Any] = {
        "ApplyServerSideEncryptionByDefault": {
            k: by_default[k] for k in ("SSEAlgorithm", "KMSMasterKeyID") if by_default.get(k)
        }
    }
    if "BucketKeyEnabled" in rule:
        stored_rule["BucketKeyEnabled"] = _xml_str(_truthy(rule["BucketKeyEnabled"]))
    return {"@xmlns": "http://s3.amazonaws.com/doc/2006-03-01/", "Rule": stored_rule}


def _cfn_replication_filter(cfn_filter: dict[str, Any]) -> dict[str, Any]:
    stored: dict[str, Any] = {}
    if "Prefix" in cfn_filter:
        stored["Prefix"] = cfn_filter["Prefix"]
    if "TagFilter" in cfn_filter:
        stored["Tag"] = dict(cfn_filter["TagFilter"])
    if "And" in cfn_filter:
        and_filter = cfn_filter["And"]
        stored["And"] = {}
        if "Prefix" in and_filter:
            stored["And"]["Prefix"] = and_filter["Prefix"]
        if and_filter.get("TagFilters"):
            stored["And"]["Tag"] = [dict(t) for t in and_filter["TagFilters"]]
    return stored


def _cfn_replication(config: dict[str, Any]) -> dict[str, Any]:
    """AWS::S3::Bucket ReplicationConfiguration -> what PutBucketReplication stores in moto.

    CloudFormation names differ from the S3 API's: Rules/Rule, Id/ID, TagFilter/Tag,
    And.TagFilters/And.Tag."""
    rules = []
    for rule in config.get("Rules", []):
        stored: dict[str, Any] = {}
        if "Id" in rule:
            stored["ID"] = rule["Id"]
        if "Priority" in rule:
            stored["Priority"] = str(rule["Priority"])
        if "Prefix" in rule:
            stored["Prefix"] = rule["Prefix"]
        if "Filter" in rule:
            stored["Filter"] = _cfn_replication_filter(rule["Filter"])
        stored["Status"] = rule.get("Status")
        for key in ("SourceSelectionCriteria", "DeleteMarkerReplication", "ExistingObjectReplication"):
            if key in rule:
                stored[key] = _xml_str(rule[key])
        stored["Destination"] = _xml_str(rule.get("Destination", {}))
        rules.append(stored)
    return {"Role": config.get("Role"), "Rule": rules}


def _validate_replication(bucket: FakeBucket, replication: dict[str, Any]) -> None:
    """The checks S3 makes on PutBucketReplication that moto skips (moto only checks versioning,
    and only on the API path, not for CloudFormation)."""
    if not bucket.is_versioned:
        raise S3ClientError(
            "InvalidRequest", "Versioning must be 'Enabled' on the bucket to apply a replication configuration"
        )
    rules = replication.get("Rule") or []
    if not replication.get("Role"):
        raise S3ClientError("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema")
    if not 1 <= len(rules) <= 1000:
        raise S3ClientError("InvalidRequest", "Number of rules must be between 1 and 1000")
    ids = [r.get("ID") for r in rules if r.get("ID")]
    if len(ids) != len(set(ids)):
        raise S3ClientError("InvalidArgument", "Rule Id must be unique")
    v2 = [r for r in rules if "Filter" in r]
    if v2 and len(v2) != len(rules):
        raise S3ClientError("InvalidRequest", "Mixing of V1 and V2 rules is not allowed")
    if v2:
        priorities = [r.get("Priority") for r in rules]
        if any(p is None for p in priorities) or len(set(priorities)) != len(priorities):
            raise S3ClientError("InvalidRequest", "Priority must be specified and unique for each rule when using a Filter")
        for rule in rules:
            if "DeleteMarkerReplication" not in rule:
                raise S3ClientError("InvalidRequest", "DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema.")
            has_tags = "Tag" in rule["Filter"] or "Tag" in (rule["Filter"].get("And") or {})
            if has_tags and (rule["DeleteMarkerReplication"] or {}).get("Status") == "Enabled":
                raise S3ClientError("InvalidRequest", "Delete marker replication is not supported if any Tag filter is specified. Please refer to S3 Developer Guide for more information.")
    for rule in rules:
        destination = rule.get("Destination") or {}
        if not destination.get("Bucket"):
            raise S3ClientError("InvalidRequest", "Destination bucket must be specified")
        sse = ((rule.get("SourceSelectionCriteria") or {}).get("SseKmsEncryptedObjects") or {}).get("Status")
        key = (destination.get("EncryptionConfiguration") or {}).get("ReplicaKmsKeyID")
        if sse == "Enabled" and not key:
            raise S3ClientError("InvalidRequest", "ReplicaKmsKeyID must be specified if SseKmsEncryptedObjects tag is present.")
        if key and sse != "Enabled":
            raise S3ClientError("InvalidRequest", "SseKmsEncryptedObjects must be specified if EncryptionConfiguration is present.")


_orig_put_bucket_replication = S3Backend.put_bucket_replication


def _put_bucket_replication(self: S3Backend, bucket_name: str, replication: dict[str, Any]) -> None:
    if isinstance(replication.get("Rule"), dict):
        replication["Rule"] = [replication["Rule"]]
    _validate_replication(self.get_bucket(bucket_name), replication)
    _orig_put_bucket_replication(self, bucket_name, replication)


S3Backend.put_bucket_replication = _put_bucket_replication  # type: ignore[assignment]

_orig_put_bucket_versioning = S3Backend.put_bucket_versioning


def _put_bucket_versioning(self: S3Backend, bucket_name: str, status: str) -> None:
    """S3 refuses to suspend versioning on a bucket that has a replication configuration;
    moto allowed it (and then kept "replicating" from an unversioned bucket)."""
    bucket = self.get_bucket(bucket_name)
    if status != "Enabled" and getattr(bucket, "replication", None):
        raise S3ClientError(
            "InvalidBucketState",
            "Replication configuration is present on this bucket, so you cannot change the versioning state. "
            "To change the versioning state, first delete the replication configuration.",
        )
    _orig_put_bucket_versioning(self, bucket_name, status)


S3Backend.put_bucket_versioning = _put_bucket_versioning  # type: ignore[assignment]


def _get_bucket_replication_response(self: Any) -> Any:
    """Replaces S3Response.get_bucket_replication. moto answered every rule with a hard-coded
    `Filter: {Prefix: ""}` and `DeleteMarkerReplication: Disabled` and dropped
    SourceSelectionCriteria, so the live configuration could never be compared with a template."""
    self.data["Action"] = "GetBucketReplication"
    replication = self.backend.get_bucket_replication(self.bucket_name)
    if not replication:
        raise s3_responses.ReplicationConfigurationNotFoundError(bucket_name=self.bucket_name)
    rules = []
    for rule in replication["Rule"]:
        out: dict[str, Any] = {}
        for key in (
            "ID", "Priority", "Prefix", "Filter", "Status", "SourceSelectionCriteria",
            "ExistingObjectReplication", "Destination", "DeleteMarkerReplication",
        ):
            if key not in rule:
                continue
            value = rule[key]
            if key == "Filter" and isinstance(value.get("And"), dict):
                and_filter = dict(value["And"])
                tags = and_filter.pop("Tag", None)
                if tags is not None:
                    and_filter["Tags"] = tags if isinstance(tags, list) else [tags]
                value = {**value, "And": and_filter}
            out[key] = value
        rules.append(out)
    return self.serialized(
        s3_responses.ActionResult(
            {"ReplicationConfiguration": {"Role": replication["Role"], "Rules": rules}}
        )
    )


s3_responses.S3Response.get_bucket_replication = _get_bucket_replication_response  # type: ignore[assignment]


def _cfn_lifecycle_rules(config: dict[str, Any]) -> list[dict[str, Any]]:
    """AWS::S3::Bucket LifecycleConfiguration -> the XML-shaped rules moto's backend takes."""
    rules = []
    for rule in config.get("Rules", []):
        stored: dict[str, Any] = {
            "ID": rule.get("Id") or "".join(random.choice(string.ascii_letters) for _ in range(20)),
            "Status": rule["Status"],
        }
        conditions: dict[str, Any] = {}
        if "Prefix" in rule:
            conditions["Prefix"] = rule["Prefix"]
        tags = [dict(t) for t in rule.get("TagFilters", [])]
        for key in ("ObjectSizeGreaterThan", "ObjectSizeLessThan"):
            if key in rule:
                conditions[key] = str(rule[key])
        if len(conditions) + len(tags) > 1:
            stored["Filter"] = {"And": {**conditions, **({"Tag": tags} if tags else {})}}
        elif tags:
            stored["Filter"] = {"Tag": tags[0]}
        elif conditions:
            stored["Filter"] = conditions
        else:
            stored["Filter"] = {"Prefix": ""}
        expiration: dict[str, Any] = {}
        if "ExpirationInDays" in rule:
            expiration["Days"] = str(rule["ExpirationInDays"])
        if "ExpirationDate" in rule:
            expiration["Date"] = rule["ExpirationDate"]
        if "ExpiredObjectDeleteMarker" in rule:
            expiration["ExpiredObjectDeleteMarker"] = _xml_str(_truthy(rule["ExpiredObjectDeleteMarker"]))
        if expiration:
            stored["Expiration"] = expiration
        if "NoncurrentVersionExpiration" in rule:
            stored["NoncurrentVersionExpiration"] = _xml_str(rule["NoncurrentVersionExpiration"])
        elif "NoncurrentVersionExpirationInDays" in rule:
            stored["NoncurrentVersionExpiration"] = {"NoncurrentDays": str(rule["NoncurrentVersionExpirationInDays"])}
        transitions = list(rule.get("Transitions", [])) + ([rule["Transition"]] if "Transition" in rule else [])
        if transitions:
            stored["Transition"] = [
                {
                    k: v
                    for k, v in (
                        ("StorageClass", t.get("StorageClass")),
                        ("Days", _xml_str(t.get("TransitionInDays"))),
                        ("Date", t.get("TransitionDate")),
                    )
                    if v is not None
                }
                for t in transitions
            ]
        nv_transitions = list(rule.get("NoncurrentVersionTransitions", [])) + (
            [rule["NoncurrentVersionTransition"]] if "NoncurrentVersionTransition" in rule else []
        )
        if nv_transitions:
            stored["NoncurrentVersionTransition"] = [
                {
                    k: v
                    for k, v in (
                        ("StorageClass", t.get("StorageClass")),
                        ("NoncurrentDays", _xml_str(t.get("TransitionInDays"))),
                        ("NewerNoncurrentVersions", _xml_str(t.get("NewerNoncurrentVersions"))),
                    )
                    if v is not None
                }
                for t in nv_transitions
            ]
        if "AbortIncompleteMultipartUpload" in rule:
            stored["AbortIncompleteMultipartUpload"] = _xml_str(rule["AbortIncompleteMultipartUpload"])
        rules.append(stored)
    return rules


def _apply_bucket_properties(backend: S3Backend, name: str, properties: dict[str, Any]) -> None:
    """Makes the live bucket match the template's properties, as the AWS::S3::Bucket handler does.

    moto applied only BucketEncryption (without BucketKeyEnabled) and Tags, and only on create.
    A property removed from the template removes the configuration (see EMULATOR.md for
    versioning, which S3 can only suspend)."""
    bucket = backend.get_bucket(name)
    if "ReplicationConfiguration" not in properties and getattr(bucket, "replication", None):
        # First: S3 refuses to change versioning while a replication configuration exists.
        backend.delete_bucket_replication(name)
    if "VersioningConfiguration" in properties:
        backend.put_bucket_versioning(name, properties["VersioningConfiguration"]["Status"])
    if "BucketEncryption" in properties:
        backend.put_bucket_encryption(name, _cfn_encryption(properties["BucketEncryption"]))
    else:
        backend.delete_bucket_encryption(name)
    if properties.get("OwnershipControls", {}).get("Rules"):
        backend.put_bucket_ownership_controls(
            name, ownership=properties["OwnershipControls"]["Rules"][0]["ObjectOwnership"]
        )
    else:
        backend.delete_bucket_ownership_controls(name)
    if "PublicAccessBlockConfiguration" in properties:
        pab = properties["PublicAccessBlockConfiguration"]
        backend.put_public_access_block(
            name,
            {
                k: _truthy(pab.get(k, False))
                for k in ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")
            },
        )
    else:
        backend.delete_public_access_block(name)
    if properties.get("LifecycleConfiguration", {}).get("Rules"):
        backend.put_bucket_lifecycle(name, _cfn_lifecycle_rules(properties["LifecycleConfiguration"]))
    else:
        backend.delete_bucket_lifecycle(name)
    if "ReplicationConfiguration" in properties:  # last: it needs versioning Enabled
        backend.put_bucket_replication(name, _cfn_replication(properties["ReplicationConfiguration"]))


_orig_bucket_create = FakeBucket.create_from_cloudformation_json.__func__  # type: ignore[attr-defined]


def _bucket_create(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
) -> FakeBucket:
    bucket = _orig_bucket_create(cls, resource_name, cloudformation_json, account_id, region_name, **kwargs)
    backend = s3_backends[account_id][get_partition(region_name)]
    _apply_bucket_properties(backend, bucket.name, cloudformation_json.get("Properties", {}))
    return bucket


def _bucket_update(
    cls: Any, original_resource: FakeBucket, new_resource_name: str, cloudformation_json: Any,
    account_id: str, region_name: str,
) -> FakeBucket:
    """moto's update applied only BucketEncryption and Tags, always deleted the old bucket on
    replacement (UpdateReplacePolicy ignored) and failed without an explicit BucketName."""
    properties = cloudformation_json["Properties"]
    backend = s3_backends[account_id][get_partition(region_name)]
    if "BucketName" in properties and properties["BucketName"] != original_resource.name:
        new_bucket = _bucket_create(cls, properties["BucketName"], cloudformation_json, account_id, region_name)
        if cloudformation_json.get("UpdateReplacePolicy") != "Retain":
            cls.delete_from_cloudformation_json(original_resource.name, cloudformation_json, account_id, region_name)
        return new_bucket
    _apply_bucket_properties(backend, original_resource.name, properties)
    if "Tags" in properties:
        from moto.utilities.tagging_service import TaggingService

        backend.put_bucket_tagging(original_resource.name, TaggingService().flatten_tag_list(properties["Tags"]))  # type: ignore[arg-type]
    return original_resource


def _bucket_delete(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
) -> None:
    """moto silently kept a non-empty bucket and reported the delete as done; AWS fails it."""
    backend = s3_backends[account_id][get_partition(region_name)]
    if resource_name in backend.buckets and backend.buckets[resource_name].keys:
        raise BucketNotEmpty(resource_name)
    backend.delete_bucket(resource_name)


FakeBucket.create_from_cloudformation_json = classmethod(_bucket_create)  # type: ignore[assignment]
FakeBucket.update_from_cloudformation_json = classmethod(_bucket_update)  # type: ignore[assignment]
FakeBucket.delete_from_cloudformation_json = classmethod(_bucket_delete)  # type: ignore[assignment]


# Bucket policies: principals must exist; resources must be this bucket (S3 checks both).
_orig_put_bucket_policy = S3Backend.put_bucket_policy


def _put_bucket_policy(self: S3Backend, bucket_name: str, policy: bytes) -> None:
    text = policy.decode() if isinstance(policy, bytes) else str(policy)
    try:
        doc = json.loads(text)
    except ValueError:
        raise S3ClientError("MalformedPolicy", "Policies must be valid JSON and the first byte must be '{'") from None
    if _invalid_principals(text):
        raise S3ClientError("MalformedPolicy", "Invalid principal in policy")
    bucket_arn = re.compile(rf"^arn:aws[a-z-]*:s3:::{re.escape(bucket_name)}(/.*)?$")
    statements = doc.get("Statement", [])
    for statement in [statements] if isinstance(statements, dict) else statements:
        resources = statement.get("Resource", [])
        for resource in [resources] if isinstance(resources, str) else resources:
            if not bucket_arn.match(str(resource)):
                raise S3ClientError("MalformedPolicy", "Policy has invalid resource")
    _orig_put_bucket_policy(self, bucket_name, policy if isinstance(policy, bytes) else text.encode())


S3Backend.put_bucket_policy = _put_bucket_policy  # type: ignore[assignment]


class HarnessBucketPolicy(CloudFormationModel):
    """AWS::S3::BucketPolicy, which moto does not model (it skipped it with a log line)."""

    # moto's model registry (InstanceTrackerMeta) files models by the 2nd part of the module name.
    __module__ = "moto.s3.harness"

    def __init__(self, account_id: str, region_name: str, bucket: str):
        self.account_id = account_id
        self.region_name = region_name
        self.bucket = bucket

    @property
    def physical_resource_id(self) -> str:
        return self.bucket  # Ref of AWS::S3::BucketPolicy: the bucket name

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @staticmethod
    def cloudformation_type() -> str:
        return "AWS::S3::BucketPolicy"

    @classmethod
    def has_cfn_attr(cls, attr: str) -> bool:
        return False

    @staticmethod
    def _backend(account_id: str, region_name: str) -> S3Backend:
        return s3_backends[account_id][get_partition(region_name)]

    @classmethod
    def create_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
    ) -> HarnessBucketPolicy:
        properties = cloudformation_json["Properties"]
        bucket = properties["Bucket"]
        text = _policy_text(properties["PolicyDocument"])
        cls._backend(account_id, region_name).put_bucket_policy(bucket, text.encode())
        return cls(account_id, region_name, bucket)

    @classmethod
    def update_from_cloudformation_json(  # type: ignore[misc]
        cls, original_resource: HarnessBucketPolicy, new_resource_name: str, cloudformation_json: Any,
        account_id: str, region_name: str,
    ) -> HarnessBucketPolicy:
        new = cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)
        if new.bucket != original_resource.bucket:
            original_resource.delete(account_id, region_name)
        return new

    @classmethod
    def delete_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
    ) -> None:
        cls(account_id, region_name, resource_name).delete(account_id, region_name)

    def delete(self, account_id: str, region_name: str) -> None:
        backend = self._backend(account_id, region_name)
        if self.bucket in backend.buckets:  # a retained bucket may be gone by hand: nothing to do
            backend.delete_bucket_policy(self.bucket)

    def is_created(self) -> bool:
        return True


# --------------------------------------------------------------------------------------------
# 4. KMS
# --------------------------------------------------------------------------------------------

def _malformed_key_policy() -> JsonRESTError:
    return JsonRESTError(
        "MalformedPolicyDocumentException",
        "Policy contains a statement with one or more invalid principals.",
    )


_orig_create_key = KmsBackend.create_key
_orig_put_key_policy = KmsBackend.put_key_policy


def _create_key(self: KmsBackend, policy: Any, *args: Any, **kwargs: Any) -> Key:
    if policy is not None and _invalid_principals(_policy_text(policy)):
        raise _malformed_key_policy()
    return _orig_create_key(self, None if policy is None else _policy_text(policy), *args, **kwargs)


def _put_key_policy(self: KmsBackend, key_id: str, policy: Any) -> None:
    if _invalid_principals(_policy_text(policy)):
        raise _malformed_key_policy()
    _orig_put_key_policy(self, key_id, _policy_text(policy))


KmsBackend.create_key = _create_key  # type: ignore[assignment]
KmsBackend.put_key_policy = _put_key_policy  # type: ignore[assignment]


def _key_create(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
) -> Key:
    """moto stored KeyPolicy as a parsed dict (GetKeyPolicy and DescribeKey then failed with
    HTTP 500) and ignored KeySpec, KeyUsage, MultiRegion and Enabled; it also read the template's
    Tags in the KMS API's shape (TagKey/TagValue), so a key with CloudFormation's Key/Value tags
    failed to create."""
    properties = cloudformation_json["Properties"]
    backend = kms_backends[account_id][region_name]
    key = backend.create_key(
        policy=properties.get("KeyPolicy"),  # absent: the default key policy, as in AWS
        key_usage=properties.get("KeyUsage", "ENCRYPT_DECRYPT"),
        key_spec=properties.get("KeySpec", "SYMMETRIC_DEFAULT"),
        description=properties.get("Description", ""),
        tags=_kms_tags(properties.get("Tags", [])),
        multi_region=_truthy(properties.get("MultiRegion", False)),
    )
    key.key_rotation_status = _truthy(properties.get("EnableKeyRotation", False))
    key._harness_pending_window = int(properties.get("PendingWindowInDays", 30))  # type: ignore[attr-defined]
    if not _truthy(properties.get("Enabled", True)):
        backend.disable_key(key.id)
    return key


def _kms_tags(cfn_tags: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"TagKey": t["Key"], "TagValue": t.get("Value", "")} for t in cfn_tags]


def _key_update(
    cls: Any, original_resource: Key, new_resource_name: str, cloudformation_json: Any,
    account_id: str, region_name: str,
) -> Key:
    """moto had no update for AWS::KMS::Key: the resource map then held None for the key."""
    properties = cloudformation_json["Properties"]
    backend = kms_backends[account_id][region_name]
    if (
        properties.get("KeySpec", "SYMMETRIC_DEFAULT") != original_resource.key_spec
        or properties.get("KeyUsage", "ENCRYPT_DECRYPT") != original_resource.key_usage
        or _truthy(properties.get("MultiRegion", False)) != original_resource.multi_region
    ):
        new_key = _key_create(cls, new_resource_name, cloudformation_json, account_id, region_name)
        if cloudformation_json.get("UpdateReplacePolicy") != "Retain":
            original_resource.delete(account_id, region_name)
        return new_key
    key_id = original_resource.id
    if "KeyPolicy" in properties:
        backend.put_key_policy(key_id, properties["KeyPolicy"])
    if _truthy(properties.get("EnableKeyRotation", False)):
        backend.enable_key_rotation(key_id)
    else:
        backend.disable_key_rotation(key_id)
    backend.update_key_description(key_id, properties.get("Description", ""))
    wanted = {t["TagKey"]: t["TagValue"] for t in _kms_tags(properties.get("Tags", []))}
    current = {t["TagKey"]: t["TagValue"] for t in backend.list_resource_tags(key_id).get("Tags", [])}
    gone = [k for k in current if k not in wanted]
    if gone:
        backend.untag_resource(key_id, gone)
    if wanted != {k: v for k, v in current.items() if k in wanted}:
        backend.tag_resource(key_id, wanted)
    if _truthy(properties.get("Enabled", True)):
        backend.enable_key(key_id)
    else:
        backend.disable_key(key_id)
    return original_resource


def _key_delete(self: Key, account_id: str, region_name: str) -> None:
    """moto removed the key at once; CloudFormation schedules its deletion (PendingWindowInDays,
    default 30), so DescribeKey shows KeyState PendingDeletion."""
    backend = kms_backends[account_id][region_name]
    if self.id in backend.keys:
        window = getattr(self, "_harness_pending_window", 30)
        backend.schedule_key_deletion(self.id, window)


Key.create_from_cloudformation_json = classmethod(_key_create)  # type: ignore[assignment]
Key.update_from_cloudformation_json = classmethod(_key_update)  # type: ignore[assignment]
Key.delete = _key_delete  # type: ignore[assignment]


# --------------------------------------------------------------------------------------------
# 5. IAM
# --------------------------------------------------------------------------------------------

_orig_role_create = Role.create_from_cloudformation_json.__func__  # type: ignore[attr-defined]
_orig_role_delete = Role.delete_from_cloudformation_json.__func__  # type: ignore[attr-defined]


def _put_inline_policies(backend: Any, role_name: str, policies: list[dict[str, Any]]) -> None:
    for policy in policies:
        backend.put_role_policy(role_name, policy["PolicyName"], _policy_text(policy["PolicyDocument"]))


def _role_create(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
) -> Role:
    """moto stored inline Policies as parsed dicts without validation and ignored
    ManagedPolicyArns; GetRolePolicy must return the JSON text the template defined."""
    properties = cloudformation_json["Properties"]
    without_policies = {
        **cloudformation_json,
        "Properties": {k: v for k, v in properties.items() if k != "Policies"},
    }
    role = _orig_role_create(cls, resource_name, without_policies, account_id, region_name, **kwargs)
    backend = iam_backends[account_id][get_partition(region_name)]
    _put_inline_policies(backend, role.name, properties.get("Policies", []))
    for arn in properties.get("ManagedPolicyArns", []):
        backend.attach_role_policy(arn, role.name)
    return role


def _role_update(
    cls: Any, original_resource: Role, new_resource_name: str, cloudformation_json: Any,
    account_id: str, region_name: str,
) -> Role:
    """moto's update changed only the description (and set MaxSessionDuration from a wrong
    property); trust policy, inline and managed policies stayed as first created."""
    properties = cloudformation_json["Properties"]
    backend = iam_backends[account_id][get_partition(region_name)]
    name = properties.get("RoleName", original_resource.name)
    if name != original_resource.name or properties.get("Path", "/") != original_resource.path:
        new_role = _role_create(cls, name, cloudformation_json, account_id, region_name)
        if cloudformation_json.get("UpdateReplacePolicy") != "Retain":
            _orig_role_delete(cls, original_resource.name, cloudformation_json, account_id, region_name)
        return new_role
    backend.update_assume_role_policy(name, _policy_text(properties["AssumeRolePolicyDocument"]))
    backend.update_role(name, properties.get("Description", ""), properties.get("MaxSessionDuration", 3600))
    boundary = properties.get("PermissionsBoundary")
    if boundary and boundary != original_resource.permissions_boundary_arn:
        backend.put_role_permissions_boundary(name, boundary)
    elif not boundary and original_resource.permissions_boundary_arn:
        backend.delete_role_permissions_boundary(name)
    wanted = {p["PolicyName"] for p in properties.get("Policies", [])}
    for policy_name in list(original_resource.policies):
        if policy_name not in wanted:
            backend.delete_role_policy(name, policy_name)
    _put_inline_policies(backend, name, properties.get("Policies", []))
    wanted_arns = set(properties.get("ManagedPolicyArns", []))
    for arn in list(original_resource.managed_policies):
        if arn not in wanted_arns:
            backend.detach_role_policy(arn, name)
    for arn in wanted_arns - set(original_resource.managed_policies):
        backend.attach_role_policy(arn, name)
    return original_resource


def _role_delete(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
) -> None:
    """moto deleted the role with its managed policies (ManagedPolicyArns) still attached, which
    IAM, and moto's own DeleteRole, refuse with DeleteConflict; CloudFormation detaches them first,
    so a stack whose role lists a managed policy deletes."""
    backend = iam_backends[account_id][get_partition(region_name)]
    role = next((r for r in backend.roles.values() if r.name == resource_name), None)
    for arn in list(role.managed_policies) if role is not None else []:
        backend.detach_role_policy(arn, resource_name)
    _orig_role_delete(cls, resource_name, cloudformation_json, account_id, region_name)


Role.create_from_cloudformation_json = classmethod(_role_create)  # type: ignore[assignment]
Role.update_from_cloudformation_json = classmethod(_role_update)  # type: ignore[assignment]
Role.delete_from_cloudformation_json = classmethod(_role_delete)  # type: ignore[assignment]


def _managed_policy_delete(
    cls: Any, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
) -> None:
    """moto never deleted a managed policy with its stack (ManagedPolicy has no delete), so a stack
    created after it with the same ManagedPolicyName failed with EntityAlreadyExists. IAM refuses to
    delete a policy that is still attached (DeleteConflict): the stack's roles that list it in
    ManagedPolicyArns are deleted first (the deletion loop retries), as CloudFormation orders them."""
    backend = iam_backends[account_id][get_partition(region_name)]
    policy = backend.managed_policies.get(resource_name)
    if policy is None:
        return
    if policy.attachment_count > 0:
        raise DeleteConflictException("Cannot delete a policy attached to entities.")
    backend.delete_policy(policy.arn)


ManagedPolicy.delete_from_cloudformation_json = classmethod(_managed_policy_delete)  # type: ignore[assignment]


# 5b. Permissions boundaries must exist. moto checked only the ARN's shape, so a role could carry a
# boundary that was never created, and an update through CloudFormation never changed the boundary.
# IAM refuses a boundary policy that does not exist (NoSuchEntity) on CreateRole and
# PutRolePermissionsBoundary; the replication role of a stack deployed to an account without the
# bootstrap's boundary must fail as it would in AWS.
_orig_create_role = IAMBackend.create_role
_orig_put_role_permissions_boundary = IAMBackend.put_role_permissions_boundary


def _require_boundary(backend: Any, arn: str | None) -> None:
    if not arn:
        return
    if arn not in backend.managed_policies:
        raise NoSuchEntity(f"Scope ARN: {arn} does not exist or is not attachable.")


def _create_role(self: Any, role_name: str, assume_role_policy_document: str, path: str,
                 permissions_boundary: str | None, *args: Any, **kwargs: Any) -> Role:
    _require_boundary(self, permissions_boundary)
    return _orig_create_role(self, role_name, assume_role_policy_document, path, permissions_boundary, *args, **kwargs)


def _put_role_permissions_boundary(self: Any, role_name: str, permissions_boundary: str) -> None:
    _require_boundary(self, permissions_boundary)
    _orig_put_role_permissions_boundary(self, role_name, permissions_boundary)


IAMBackend.create_role = _create_role  # type: ignore[method-assign]
IAMBackend.put_role_permissions_boundary = _put_role_permissions_boundary  # type: ignore[method-assign]


class HarnessOIDCProvider(CloudFormationModel):
    """AWS::IAM::OIDCProvider, which moto does not model (it skipped it with a log line)."""

    __module__ = "moto.iam.harness"

    def __init__(self, arn: str, account_id: str, region_name: str):
        self.arn = arn
        self.account_id = account_id
        self.region_name = region_name

    @property
    def physical_resource_id(self) -> str:
        return self.arn  # Ref of AWS::IAM::OIDCProvider: its ARN

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @staticmethod
    def cloudformation_type() -> str:
        return "AWS::IAM::OIDCProvider"

    @classmethod
    def has_cfn_attr(cls, attr: str) -> bool:
        return attr == "Arn"

    def get_cfn_attribute(self, attribute_name: str) -> str:
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        if attribute_name == "Arn":
            return self.arn
        raise UnformattedGetAttTemplateException()

    @classmethod
    def create_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
    ) -> HarnessOIDCProvider:
        properties = cloudformation_json["Properties"]
        backend = iam_backends[account_id][get_partition(region_name)]
        provider = backend.create_open_id_connect_provider(
            url=properties["Url"],
            thumbprint_list=properties.get("ThumbprintList", []),
            client_id_list=properties.get("ClientIdList", []),
            tags=properties.get("Tags", []),
        )
        return cls(provider.arn, account_id, region_name)

    @classmethod
    def update_from_cloudformation_json(  # type: ignore[misc]
        cls, original_resource: HarnessOIDCProvider, new_resource_name: str, cloudformation_json: Any,
        account_id: str, region_name: str,
    ) -> HarnessOIDCProvider:
        properties = cloudformation_json["Properties"]
        backend = iam_backends[account_id][get_partition(region_name)]
        provider = backend.get_open_id_connect_provider(original_resource.arn)
        url = properties["Url"].split("://", 1)[-1]
        if url != provider.url:
            new = cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)
            if cloudformation_json.get("UpdateReplacePolicy") != "Retain":
                original_resource.delete(account_id, region_name)
            return new
        provider.client_id_list = list(properties.get("ClientIdList", []))
        provider.thumbprint_list = list(properties.get("ThumbprintList", []))
        return original_resource

    @classmethod
    def delete_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
    ) -> None:
        cls(resource_name, account_id, region_name).delete(account_id, region_name)

    def delete(self, account_id: str, region_name: str) -> None:
        iam_backends[account_id][get_partition(region_name)].delete_open_id_connect_provider(self.arn)

    def is_created(self) -> bool:
        return True


# The model registry is cached on first use; make sure it sees the two models above.
for _cached in (parsing.get_model_list, parsing.get_model_map, parsing.get_name_type_map):
    _cached.cache_clear()


# 2h. One operation per stack at a time, and obsolete change sets stay gone.
# AWS runs a stack's operations one after another and deletes a stack's other change sets once one
# is executed, so a second, concurrent run's ExecuteChangeSet fails with ChangeSetNotFound. moto's
# threaded server let two executions of one stack run side by side (both "created" it), and named
# a missing change set a ValidationError.
_EXECUTE_LOCK = threading.RLock()
_unlocked_execute_change_set = cfn_models.CloudFormationBackend.execute_change_set


def _serialized_execute_change_set(
    self: cfn_models.CloudFormationBackend, change_set_name: str, stack_name: str | None = None
) -> None:
    with _EXECUTE_LOCK:
        return _unlocked_execute_change_set(self, change_set_name, stack_name)


cfn_models.CloudFormationBackend.execute_change_set = _serialized_execute_change_set  # type: ignore[assignment]

_orig_describe_change_set = cfn_models.CloudFormationBackend.describe_change_set


def _describe_change_set(self: cfn_models.CloudFormationBackend, change_set_name: str) -> Any:
    try:
        return _orig_describe_change_set(self, change_set_name)
    except ValidationError:
        raise CloudFormationError("ChangeSetNotFound", f"ChangeSet [{change_set_name}] does not exist") from None


cfn_models.CloudFormationBackend.describe_change_set = _describe_change_set  # type: ignore[assignment]


# --------------------------------------------------------------------------------------------
# 6. Drift detection
# --------------------------------------------------------------------------------------------
# moto has no drift detection (DetectStackDrift & co. answered HTTP 500). Modelled on the user
# guide ("Detect unmanaged configuration changes", "Resource type support") and the API reference:
#   - only properties set explicitly in the template (after parameters and intrinsic functions)
#     are compared, write-only properties excepted; the live value is read from moto's backends;
#   - a resource is MODIFIED when a compared property differs (PropertyDifferences: PropertyPath as
#     a JSON pointer from the property, ExpectedValue/ActualValue as text, "null" when absent;
#     NOT_EQUAL, REMOVE = gone from the live configuration, ADD = an element added to an array),
#     DELETED when the live resource is gone (no Expected/ActualProperties then);
#   - arrays whose schema says insertionOrder: false (Tags, ManagedPolicyArns, inline Policies...)
#     compare as sets; JSON-typed properties (key, bucket and IAM policy documents) compare as
#     policies: whitespace, key order, the order of list elements and ["x"] vs "x" do not matter,
#     and a difference is reported once, at the property;
#   - types that support drift here: AWS::S3::Bucket, AWS::KMS::Key, AWS::IAM::Role,
#     AWS::IAM::OIDCProvider. Every other type (AWS::S3::BucketPolicy among them) is not checked:
#     DescribeStackResourceDrifts leaves it out (its NOT_CHECKED filter value "is not currently
#     returned"), DescribeStackResources reports DriftInformation NOT_CHECKED, and
#     DetectStackResourceDrift refuses it;
#   - a KMS key pending deletion counts as deleted (the AWS::KMS::Key handler treats
#     PendingDeletion as not found);
#   - drift can be detected on stacks in CREATE_COMPLETE, UPDATE_COMPLETE,
#     UPDATE_ROLLBACK_COMPLETE and UPDATE_ROLLBACK_FAILED.
# Detection itself runs inside DetectStackDrift; to exercise pollers, the first
# DescribeStackDriftDetectionStatus call for a detection answers DETECTION_IN_PROGRESS.
_DRIFT_STACK_STATES = ("CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE", "UPDATE_ROLLBACK_FAILED")
_DRIFT_PAGE_MAX = 100
_NUMBER_KEYS = {
    "Priority", "Minutes", "Days", "ExpirationInDays", "NoncurrentDays", "TransitionInDays",
    "DaysAfterInitiation", "ObjectSizeGreaterThan", "ObjectSizeLessThan", "NewerNoncurrentVersions",
}
_BOOLEAN_KEYS = {
    "BucketKeyEnabled", "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets",
    "ExpiredObjectDeleteMarker",
}


def _typed(value: Any, key: str | None = None) -> Any:
    """Live configuration as moto stores it (XML text) -> typed as the resource schema has it."""
    if isinstance(value, dict):
        return {k: _typed(v, k) for k, v in value.items() if not k.startswith("@")}
    if isinstance(value, list):
        return [_typed(v, key) for v in value]
    if isinstance(value, str) and key in _NUMBER_KEYS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if isinstance(value, str) and key in _BOOLEAN_KEYS and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _tag_list(tags: Any) -> list[dict[str, str]]:
    """Tags in the CloudFormation shape, without the aws: tags CloudFormation adds itself."""
    if isinstance(tags, dict) and "Tags" in tags:
        tags = tags["Tags"]
    pairs = (
        list(tags.items())
        if isinstance(tags, dict)
        else [(t.get("Key", t.get("TagKey")), t.get("Value", t.get("TagValue"))) for t in _as_list(tags)]
    )
    return [{"Key": k, "Value": v} for k, v in pairs if k and not str(k).startswith("aws:")]


def _live_bucket(resource: Any, account_id: str, region_name: str, expected: dict[str, Any]) -> dict[str, Any] | None:
    backend = s3_backends[account_id][get_partition(region_name)]
    bucket = backend.buckets.get(resource.name)
    if bucket is None:
        return None
    live: dict[str, Any] = {"BucketName": bucket.name}
    if bucket.versioning_status:
        live["VersioningConfiguration"] = {"Status": bucket.versioning_status}
    if bucket.encryption:
        rules = []
        for rule in _as_list(bucket.encryption.get("Rule")):
            by_default = rule.get("ApplyServerSideEncryptionByDefault") or {}
            out: dict[str, Any] = {"ServerSideEncryptionByDefault": {k: v for k, v in by_default.items() if not k.startswith("@")}}
            if "BucketKeyEnabled" in rule:
                out["BucketKeyEnabled"] = rule["BucketKeyEnabled"]
            rules.append(out)
        live["BucketEncryption"] = _typed({"ServerSideEncryptionConfiguration": rules})
    if bucket.ownership_rule:
        ownership = bucket.ownership_rule
        ownership = ownership.get("ObjectOwnership") if isinstance(ownership, dict) else ownership
        live["OwnershipControls"] = {"Rules": [{"ObjectOwnership": ownership}]}
    if bucket.public_access_block:
        pab = bucket.public_access_block
        live["PublicAccessBlockConfiguration"] = {
            "BlockPublicAcls": bool(pab.block_public_acls),
            "IgnorePublicAcls": bool(pab.ignore_public_acls),
            "BlockPublicPolicy": bool(pab.block_public_policy),
            "RestrictPublicBuckets": bool(pab.restrict_public_buckets),
        }
    if bucket.rules:
        live["LifecycleConfiguration"] = {"Rules": [_live_lifecycle_rule(r) for r in bucket.rules]}
    replication = getattr(bucket, "replication", None)
    if replication:
        live["ReplicationConfiguration"] = {
            "Role": replication.get("Role"),
            "Rules": [_live_replication_rule(r) for r in _as_list(replication.get("Rule"))],
        }
    tags = _tag_list(backend.get_bucket_tagging(bucket.name))
    if tags:
        live["Tags"] = tags
    return live


def _live_lifecycle_rule(rule: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"Id": rule.id, "Status": rule.status}
    lc_filter = rule.filter
    prefix = rule.prefix
    tags: list[dict[str, str]] = []
    if lc_filter is not None:
        if lc_filter.prefix is not None:
            prefix = lc_filter.prefix
        if lc_filter.tag_key:
            tags.append({"Key": lc_filter.tag_key, "Value": lc_filter.tag_value})
        if lc_filter.and_filter is not None:
            if lc_filter.and_filter.prefix is not None:
                prefix = lc_filter.and_filter.prefix
            tags += [{"Key": k, "Value": v} for k, v in lc_filter.and_filter.tags.items()]
    if prefix:
        out["Prefix"] = prefix
    if tags:
        out["TagFilters"] = tags
    if rule.expiration_days:
        out["ExpirationInDays"] = int(rule.expiration_days)
    if rule.expiration_date:
        out["ExpirationDate"] = rule.expiration_date
    if rule.nve_noncurrent_days:
        out["NoncurrentVersionExpiration"] = {"NoncurrentDays": int(rule.nve_noncurrent_days)}
    transitions = [
        {k: v for k, v in (("StorageClass", t.storage_class), ("TransitionInDays", t.days), ("TransitionDate", t.date)) if v is not None}
        for t in rule.transitions or []
    ]
    if transitions:
        out["Transitions"] = _typed(transitions, "TransitionInDays")
    nv_transitions = [
        {
            k: v
            for k, v in (
                ("StorageClass", getattr(t, "storage_class", None)),
                ("TransitionInDays", getattr(t, "noncurrent_days", None)),
                ("NewerNoncurrentVersions", getattr(t, "newer_versions", None)),
            )
            if v is not None
        }
        for t in rule.noncurrent_version_transitions or []
    ]
    if nv_transitions:
        out["NoncurrentVersionTransitions"] = nv_transitions
    if rule.aimu_days:
        out["AbortIncompleteMultipartUpload"] = {"DaysAfterInitiation": int(rule.aimu_days)}
    return _typed(out)


def _live_replication_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """A stored replication rule (S3 API names) in AWS::S3::Bucket's names."""
    out: dict[str, Any] = {}
    if "ID" in rule:
        out["Id"] = rule["ID"]
    for key in ("Priority", "Status", "DeleteMarkerReplication", "SourceSelectionCriteria", "Destination"):
        if key in rule:
            out[key] = rule[key]
    if "Filter" in rule:
        stored = rule["Filter"] or {}
        cfn_filter: dict[str, Any] = {}
        if "Prefix" in stored:
            cfn_filter["Prefix"] = stored["Prefix"] or ""
        if "Tag" in stored:
            cfn_filter["TagFilter"] = stored["Tag"]
        if "And" in stored:
            and_filter = stored["And"] or {}
            cfn_and: dict[str, Any] = {}
            if "Prefix" in and_filter:
                cfn_and["Prefix"] = and_filter["Prefix"] or ""
            if "Tag" in and_filter:
                cfn_and["TagFilters"] = _as_list(and_filter["Tag"])
            cfn_filter["And"] = cfn_and
        out["Filter"] = cfn_filter
    return _typed(out)


def _live_key(resource: Any, account_id: str, region_name: str, expected: dict[str, Any]) -> dict[str, Any] | None:
    backend = kms_backends[account_id][region_name]
    key = backend.keys.get(resource.id)
    if key is None or key.key_state in ("PendingDeletion", "PendingReplicaDeletion"):
        return None
    live: dict[str, Any] = {
        "Description": key.description,
        "Enabled": key.key_state != "Disabled" and bool(key.enabled),
        "EnableKeyRotation": bool(key.key_rotation_status),
        "KeyPolicy": _parsed_policy(key.policy),
        "KeySpec": key.key_spec,
        "KeyUsage": key.key_usage,
        "MultiRegion": bool(key.multi_region),
        "Origin": key.origin,
    }
    tags = _tag_list(backend.list_resource_tags(key.id))
    if tags:
        live["Tags"] = tags
    return live


def _live_role(resource: Any, account_id: str, region_name: str, expected: dict[str, Any]) -> dict[str, Any] | None:
    backend = iam_backends[account_id][get_partition(region_name)]
    role = next((r for r in backend.roles.values() if r.name == resource.name), None)
    if role is None:
        return None
    live: dict[str, Any] = {
        "RoleName": role.name,
        "Path": role.path,
        "AssumeRolePolicyDocument": _parsed_policy(role.assume_role_policy_document),
        "MaxSessionDuration": int(role.max_session_duration or 3600),
        "ManagedPolicyArns": list(role.managed_policies),
        "Policies": [
            {"PolicyName": name, "PolicyDocument": _parsed_policy(document)} for name, document in role.policies.items()
        ],
    }
    if role.description:
        live["Description"] = role.description
    # The resource schema's PermissionsBoundary is the policy ARN; moto's property is the API's
    # {PermissionsBoundaryType, PermissionsBoundaryArn} shape.
    if role.permissions_boundary_arn:
        live["PermissionsBoundary"] = role.permissions_boundary_arn
    tags = _tag_list(role.tags)
    if tags:
        live["Tags"] = tags
    return live


def _live_oidc_provider(resource: Any, account_id: str, region_name: str, expected: dict[str, Any]) -> dict[str, Any] | None:
    backend = iam_backends[account_id][get_partition(region_name)]
    provider = backend.open_id_providers.get(resource.arn)
    if provider is None:
        return None
    url = provider.url
    wanted = str(expected.get("Url", ""))
    if "://" in wanted and "://" not in url:  # IAM keeps the URL without its scheme
        url = wanted.split("://", 1)[0] + "://" + url
    live: dict[str, Any] = {
        "Url": url,
        "ClientIdList": list(provider.client_id_list or []),
        "ThumbprintList": list(provider.thumbprint_list or []),
    }
    tags = _tag_list(provider.tags)
    if tags:
        live["Tags"] = tags
    return live


_DRIFT_READERS: dict[str, Callable[[Any, str, str, dict[str, Any]], dict[str, Any] | None]] = {
    "AWS::S3::Bucket": _live_bucket,
    "AWS::KMS::Key": _live_key,
    "AWS::IAM::Role": _live_role,
    "AWS::IAM::OIDCProvider": _live_oidc_provider,
}


def _parsed_policy(document: Any) -> Any:
    if isinstance(document, str):
        from urllib.parse import unquote

        for text in (document, unquote(document)):
            try:
                return json.loads(text)
            except ValueError:
                continue
    return document


def _policy_form(node: Any) -> Any:
    """A policy document in a form where equal policies are equal: scalars as text, a list of one
    element as that element, lists as sorted sets."""
    if isinstance(node, str):
        parsed = _parsed_policy(node)
        if parsed is not node and isinstance(parsed, (dict, list)):
            return _policy_form(parsed)
    if isinstance(node, dict):
        return {k: _policy_form(v) for k, v in node.items()}
    if isinstance(node, list):
        items = sorted((_policy_form(v) for v in node), key=lambda v: json.dumps(v, sort_keys=True))
        return items[0] if len(items) == 1 else items
    return _cfn_scalars(node)


def _drift_differences(expected: Any, actual: Any, parts: list[Any], schema: dict[str, set[str]]) -> list[dict[str, str]]:
    """PropertyDifferences for one expected value; live keys the template does not set are ignored."""
    path = _pointer(parts)
    pattern = _pattern(parts)

    def difference(kind: str, expected_value: Any, actual_value: Any, at: str = path) -> dict[str, str]:
        return {
            "PropertyPath": at,
            "ExpectedValue": _cfn_text(expected_value),
            "ActualValue": _cfn_text(actual_value),
            "DifferenceType": kind,
        }

    if actual is None or actual is _MISSING:
        return [difference("REMOVE", expected, None)]
    if pattern in schema["json"]:
        same = _policy_form(expected) == _policy_form(actual)
        return [] if same else [difference("NOT_EQUAL", _parsed_policy(expected), _parsed_policy(actual))]
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [
            d
            for key, value in expected.items()
            for d in _drift_differences(value, actual.get(key, _MISSING), parts + [key], schema)
        ]
    if isinstance(expected, list) and isinstance(actual, list):
        if pattern in schema["unordered"]:
            unmatched = list(range(len(actual)))
            out: list[dict[str, str]] = []
            for i, item in enumerate(expected):
                match = next((j for j in unmatched if not _drift_differences(item, actual[j], parts + [j], schema)), None)
                if match is None:
                    out.append(difference("REMOVE", item, None, _pointer(parts + [i])))
                else:
                    unmatched.remove(match)
            return out + [difference("ADD", None, actual[j], _pointer(parts + [j])) for j in unmatched]
        out = []
        for i in range(max(len(expected), len(actual))):
            if i >= len(actual):
                out.append(difference("REMOVE", expected[i], None, _pointer(parts + [i])))
            elif i >= len(expected):
                out.append(difference("ADD", None, actual[i], _pointer(parts + [i])))
            else:
                out += _drift_differences(expected[i], actual[i], parts + [i], schema)
        return out
    if _cfn_scalars(expected) == _cfn_scalars(actual):
        return []
    return [difference("NOT_EQUAL", expected, actual)]


def _restricted(actual: Any, expected: Any) -> Any:
    """The live value cut to what the template sets (ActualProperties shows only those)."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        return {k: _restricted(actual[k], expected[k]) for k in expected if k in actual}
    return actual


def _find_stack(backend: Any, name_or_id: str) -> cfn_models.Stack:
    stack = next((s for s in backend.stacks.values() if name_or_id in (s.name, s.stack_id)), None)
    if stack is None:
        raise ValidationError(message=f"Stack with id {name_or_id} does not exist")
    return stack


def _resource_drift(stack: cfn_models.Stack, logical_id: str, timestamp: Any) -> dict[str, Any] | None:
    """The StackResourceDrift of one resource, or None when its type is not drift-checked."""
    rm = stack.resource_map
    resource_json = rm._resource_json_map[logical_id]
    rtype = resource_json.get("Type", "")
    reader = _DRIFT_READERS.get(rtype)
    if reader is None:
        return None
    resource = rm._parsed_resources[logical_id]
    schema = _SCHEMAS.get(rtype, _NO_SCHEMA)
    view = _PreviewMap(rm, rm._template, rm.input_parameters, _existing(rm))
    expected = _strip_paths(view.resolved_properties(logical_id) or {}, schema["write_only"])
    drift: dict[str, Any] = {
        "StackId": stack.stack_id,
        "LogicalResourceId": logical_id,
        "PhysicalResourceId": getattr(resource, "physical_resource_id", None),
        "ResourceType": rtype,
        "Timestamp": timestamp,
    }
    actual = reader(resource, rm._account_id, rm._region_name, expected)
    if actual is None:
        drift["StackResourceDriftStatus"] = "DELETED"
        return drift
    differences = _drift_differences(expected, actual, [], schema)
    drift["ExpectedProperties"] = json.dumps(expected, separators=(",", ":"))
    drift["ActualProperties"] = json.dumps(_restricted(actual, expected), separators=(",", ":"))
    drift["StackResourceDriftStatus"] = "MODIFIED" if differences else "IN_SYNC"
    if differences:
        drift["PropertyDifferences"] = differences
    return drift


def _checked_resources(stack: cfn_models.Stack) -> list[str]:
    return [
        logical_id
        for logical_id in stack.resource_map._resource_json_map
        if stack.resource_map._parsed_resources.get(logical_id) is not None
    ]


def _detections(backend: Any) -> dict[str, dict[str, Any]]:
    if not hasattr(backend, "_harness_drift_detections"):
        backend._harness_drift_detections = {}
    return backend._harness_drift_detections


def _stack_resource_drifts(stack: cfn_models.Stack) -> dict[str, dict[str, Any]]:
    if not hasattr(stack, "_harness_resource_drifts"):
        stack._harness_resource_drifts = {}  # type: ignore[attr-defined]
    return stack._harness_resource_drifts  # type: ignore[attr-defined]


def _detect_stack_drift(self: Any) -> Any:
    backend = self.cloudformation_backend
    stack = _find_stack(backend, self._get_param("StackName"))
    wanted = self._get_param("LogicalResourceIds") or []
    now = utcnow()
    detection_id = str(random.uuid4())
    record: dict[str, Any] = {"StackId": stack.stack_id, "Timestamp": now, "calls": 0}
    if stack.status not in _DRIFT_STACK_STATES:
        record["failure"] = (
            f"Stack {stack.stack_id} is in {stack.status} state; drift can only be detected on stacks in "
            + ", ".join(_DRIFT_STACK_STATES)
        )
    else:
        results = _stack_resource_drifts(stack)
        drifted = 0
        for logical_id in _checked_resources(stack):
            if wanted and logical_id not in wanted:
                continue
            drift = _resource_drift(stack, logical_id, now)
            if drift is None:
                continue
            results[logical_id] = drift
            drifted += drift["StackResourceDriftStatus"] in ("MODIFIED", "DELETED")
        record["StackDriftStatus"] = "DRIFTED" if drifted else "IN_SYNC"
        record["DriftedStackResourceCount"] = drifted
        stack._harness_drift_information = {"StackDriftStatus": record["StackDriftStatus"], "LastCheckTimestamp": now}  # type: ignore[attr-defined]
    _detections(backend)[detection_id] = record
    return cfn_responses.ActionResult({"StackDriftDetectionId": detection_id})


def _describe_stack_drift_detection_status(self: Any) -> Any:
    detection_id = self._get_param("StackDriftDetectionId")
    backend = self.cloudformation_backend
    record = _detections(backend).get(detection_id)
    if record is None:
        raise ValidationError(message=f"Drift detection with id {detection_id} does not exist")
    record["calls"] += 1
    out: dict[str, Any] = {
        "StackId": record["StackId"],
        "StackDriftDetectionId": detection_id,
        "Timestamp": record["Timestamp"],
    }
    if record["calls"] == 1:
        out["DetectionStatus"] = "DETECTION_IN_PROGRESS"
    elif "failure" in record or record["StackId"] not in backend.stacks:
        out["DetectionStatus"] = "DETECTION_FAILED"
        out["DetectionStatusReason"] = record.get("failure") or f"Stack {record['StackId']} does not exist"
    else:
        out["DetectionStatus"] = "DETECTION_COMPLETE"
        out["StackDriftStatus"] = record["StackDriftStatus"]
        out["DriftedStackResourceCount"] = record["DriftedStackResourceCount"]
    return cfn_responses.ActionResult(out)


def _describe_stack_resource_drifts(self: Any) -> Any:
    stack = _find_stack(self.cloudformation_backend, self._get_param("StackName"))
    statuses = self._get_param("StackResourceDriftStatusFilters") or []
    max_results = self._get_int_param("MaxResults", _DRIFT_PAGE_MAX)
    if not 1 <= max_results <= _DRIFT_PAGE_MAX:
        raise ValidationError(
            message=f"1 validation error detected: Value '{max_results}' at 'maxResults' failed to satisfy constraint: "
            f"Member must have value {'greater' if max_results < 1 else 'less'} than or equal to {1 if max_results < 1 else _DRIFT_PAGE_MAX}"
        )
    results = _stack_resource_drifts(stack)
    drifts = [
        results[logical_id]
        for logical_id in _checked_resources(stack)
        if logical_id in results and (not statuses or results[logical_id]["StackResourceDriftStatus"] in statuses)
    ]
    start = _page_offset(self._get_param("NextToken"), "DescribeStackResourceDrifts", stack.stack_id)
    end = start + max_results
    out: dict[str, Any] = {"StackResourceDrifts": drifts[start:end]}
    if end < len(drifts):
        out["NextToken"] = _page_token("DescribeStackResourceDrifts", stack.stack_id, end)
    return cfn_responses.ActionResult(out)


def _detect_stack_resource_drift(self: Any) -> Any:
    stack = _find_stack(self.cloudformation_backend, self._get_param("StackName"))
    logical_id = self._get_param("LogicalResourceId")
    if logical_id not in _checked_resources(stack):
        raise ValidationError(message=f"Resource {logical_id} does not exist for stack {stack.name}")
    if stack.status not in _DRIFT_STACK_STATES:
        raise ValidationError(message=f"Stack {stack.stack_id} is in {stack.status} state and its drift cannot be detected")
    now = utcnow()
    drift = _resource_drift(stack, logical_id, now)
    if drift is None:
        rtype = stack.resource_map._resource_json_map[logical_id].get("Type")
        raise ValidationError(message=f"Drift detection is not supported for resource type {rtype}")
    _stack_resource_drifts(stack)[logical_id] = drift
    information = getattr(stack, "_harness_drift_information", {"StackDriftStatus": "NOT_CHECKED"})
    stack._harness_drift_information = {**information, "LastCheckTimestamp": now}  # type: ignore[attr-defined]
    return cfn_responses.ActionResult({"StackResourceDrift": drift})


for _action, _function in (
    ("detect_stack_drift", _detect_stack_drift),
    ("describe_stack_drift_detection_status", _describe_stack_drift_detection_status),
    ("describe_stack_resource_drifts", _describe_stack_resource_drifts),
    ("detect_stack_resource_drift", _detect_stack_resource_drift),
):
    setattr(cfn_responses.CloudFormationResponse, _action, _function)

# DescribeStacks' DriftInformation: NOT_CHECKED until a detection ran (moto had none).
cfn_models.Stack.drift_information = property(  # type: ignore[attr-defined]
    lambda self: getattr(self, "_harness_drift_information", {"StackDriftStatus": "NOT_CHECKED"})
)

_orig_stack_resource_dto_init = cfn_responses.StackResourceDTO.__init__


def _stack_resource_dto_init(self: Any, stack: Any, resource: Any) -> None:
    """DescribeStackResource(s)' DriftInformation: the resource's last drift status; NOT_CHECKED
    for a resource never checked or of a type drift detection does not cover."""
    _orig_stack_resource_dto_init(self, stack, resource)
    drift = _stack_resource_drifts(stack).get(self.logical_resource_id or "")
    self.drift_information = (
        {"StackResourceDriftStatus": drift["StackResourceDriftStatus"], "LastCheckTimestamp": drift["Timestamp"]}
        if drift
        else {"StackResourceDriftStatus": "NOT_CHECKED"}
    )


cfn_responses.StackResourceDTO.__init__ = _stack_resource_dto_init  # type: ignore[method-assign]


_orig_list_stack_resources = cfn_responses.CloudFormationResponse.list_stack_resources


def _list_stack_resources(self: Any) -> Any:
    """ListStackResources' DriftInformation (moto had none), as DescribeStackResources'."""
    result = _orig_list_stack_resources(self)
    stack = self.cloudformation_backend.get_stack(self._get_param("StackName"))
    drifts = _stack_resource_drifts(stack)
    for summary in result.result["StackResourceSummaries"]:
        drift = drifts.get(summary.get("LogicalResourceId") or "")
        summary["DriftInformation"] = (
            {"StackResourceDriftStatus": drift["StackResourceDriftStatus"], "LastCheckTimestamp": drift["Timestamp"]}
            if drift
            else {"StackResourceDriftStatus": "NOT_CHECKED"}
        )
    return result


cfn_responses.CloudFormationResponse.list_stack_resources = _list_stack_resources  # type: ignore[assignment]


# --------------------------------------------------------------------------------------------
# S3 object requests under a bucket policy, and KMS key-state calls by ARN
# --------------------------------------------------------------------------------------------


def _bucket_permission(self: FakeBucket, action: str, resource: str) -> Any:
    """moto checks a bucket's policy on object requests with an evaluator that turns any statement
    whose condition it cannot verify into an explicit Deny, even an Allow. The product's
    DenyInsecureTransport statement (Bool aws:SecureTransport false) thereby refused every PutObject,
    HeadObject and GetObject on its buckets over the emulator's plain HTTP. The harness authorizes
    nothing for S3 callers (EMULATOR.md, "Not modelled"); replication's own calls are evaluated by
    the replication stand-in with a real IAM evaluator (test/REPLICATION.md)."""
    from moto.iam.access_control import PermissionResult

    return PermissionResult.NEUTRAL


FakeBucket.get_permission = _bucket_permission  # type: ignore[method-assign]


def _by_key_id(method: Callable[..., Any]) -> Callable[..., Any]:
    """moto indexed its keys by the raw argument, so these calls failed with HTTP 500 on a key ARN,
    which KMS accepts everywhere a KeyId is taken."""

    def wrapper(self: KmsBackend, key_id: str, *args: Any) -> Any:
        return method(self, self.get_key_id(key_id), *args)

    return wrapper


for _name in ("enable_key", "disable_key", "cancel_key_deletion", "schedule_key_deletion"):
    setattr(KmsBackend, _name, _by_key_id(getattr(KmsBackend, _name)))


# --------------------------------------------------------------------------------------------
# ValidateTemplate: AWS's format check, not a full lint
# --------------------------------------------------------------------------------------------

_TEMPLATE_SECTIONS = {
    "AWSTemplateFormatVersion",
    "Description",
    "Metadata",
    "Parameters",
    "Rules",
    "Mappings",
    "Conditions",
    "Transform",
    "Resources",
    "Outputs",
}


def _validate_template(self: Any, template: str) -> list[Any]:  # noqa: C901
    """moto ran every cfn-lint rule (about 2 s a template, serialized by the server), which is both
    slower and stricter than AWS: ValidateTemplate checks the template's format and structure.
    Rule-level checks are the job of the tests' own pinned cfn-lint run. Errors are raised here:
    moto's response put the lint message where a stack name goes ("Stack with id <message> ...")."""

    def refuse(message: str) -> list[Any]:
        raise ValidationError(message=message)

    try:
        body = json.loads(template)
    except ValueError:
        try:
            import yaml

            body = yaml.safe_load(template)
        except Exception as e:  # noqa: BLE001
            return refuse(f"Template format error: {e}")
    if not isinstance(body, dict):
        return refuse("Template format error: not a JSON or YAML object")
    unknown = sorted(set(body) - _TEMPLATE_SECTIONS)
    if unknown:
        return refuse(f"Template format error: Invalid template property or properties [{', '.join(unknown)}]")
    resources = body.get("Resources")
    if not isinstance(resources, dict) or not resources:
        return refuse("Template format error: At least one Resources member must be defined.")
    for logical_id, resource in resources.items():
        if not isinstance(resource, dict) or not isinstance(resource.get("Type"), str):
            return refuse(
                f"Template format error: [/Resources/{logical_id}] Every Resources object must contain a Type member."
            )
    return []


cfn_models.CloudFormationBackend.validate_template = _validate_template  # type: ignore[method-assign]


# --------------------------------------------------------------------------------------------
# 17. A deleted stack's outputs
# --------------------------------------------------------------------------------------------
# moto evaluated the Outputs of a DELETE_COMPLETE stack on every DescribeStacks, and evaluating an
# output's Fn::GetAtt through its resource map created the deleted resource again (an IAM role came
# back). A deleted stack reports no outputs and resolves nothing.

_original_outputs = cfn_models.Stack.outputs


def _outputs(self: cfn_models.Stack) -> Any:
    if self.status == "DELETE_COMPLETE":
        return None
    return _original_outputs.fget(self)  # type: ignore[attr-defined]


cfn_models.Stack.outputs = property(_outputs)  # type: ignore[method-assign, assignment]


# --------------------------------------------------------------------------------------------
# 18. DescribeStackResources by physical id
# --------------------------------------------------------------------------------------------
# AWS answers DescribeStackResources(PhysicalResourceId=...) with the resources of the stack that
# owns that resource, or ValidationError "Stack for <id> does not exist". moto ignored PhysicalResourceId
# and looked up a stack named None. Adoption (issue 17) asks this to refuse a bucket that another
# stack already manages.

_orig_describe_stack_resources = cfn_responses.CloudFormationResponse.describe_stack_resources


def _describe_stack_resources(self: Any) -> Any:
    physical_id = self._get_param("PhysicalResourceId")
    if not physical_id or self._get_param("StackName"):
        return _orig_describe_stack_resources(self)
    for stack in self.cloudformation_backend.stacks.values():
        if stack.status == "DELETE_COMPLETE":
            continue
        resources = list(stack.stack_resources)
        if any(getattr(r, "physical_resource_id", None) == physical_id for r in resources):
            # As AWS: every resource of the stack that owns it, not only that one.
            return cfn_responses.ActionResult(
                {"StackResources": [cfn_responses.StackResourceDTO(stack, r) for r in resources]}
            )
    raise ValidationError(physical_id, message=f"Stack for {physical_id} does not exist")


cfn_responses.CloudFormationResponse.describe_stack_resources = _describe_stack_resources  # type: ignore[method-assign]


# --------------------------------------------------------------------------------------------
# 19. Resource import (CreateChangeSet with ChangeSetType IMPORT)
# --------------------------------------------------------------------------------------------
# moto 5.2.5 took ChangeSetType IMPORT for CREATE and ignored ResourcesToImport: executing the
# change set tried to create the bucket again. As in AWS now: each resource to import must be in
# the template with a DeletionPolicy and must exist, no other stack may own it, and the template
# may add nothing else; the change set lists one Import change per resource; executing it binds
# the existing resource to the stack, changes nothing about it, and ends IMPORT_COMPLETE. A new
# stack is created in REVIEW_IN_PROGRESS, like a CREATE change set. Only AWS::S3::Bucket
# (identifier BucketName) is modelled: the one type the product imports.

_import_requests: dict[str, list[tuple[str, str, str]]] = {}
_response_create_change_set_before_import = cfn_responses.CloudFormationResponse.create_change_set


def _identifier_of(resource: dict[str, Any]) -> dict[str, str]:
    identifier = resource.get("ResourceIdentifier") or {}
    if isinstance(identifier, dict) and "entry" in identifier:  # the query protocol's map form
        entries = identifier["entry"]
        entries = entries if isinstance(entries, list) else [entries]
        return {e["key"]: e["value"] for e in entries}
    return dict(identifier)


def _owner_of(backend: Any, physical_id: str) -> str | None:
    for stack in backend.stacks.values():
        if stack.status == "DELETE_COMPLETE":
            continue
        if any(getattr(r, "physical_resource_id", None) == physical_id for r in stack.stack_resources):
            return stack.name
    return None


def _response_create_change_set_import(self: Any) -> Any:
    if self._get_param("ChangeSetType") != "IMPORT":
        return _response_create_change_set_before_import(self)
    backend = self.cloudformation_backend
    body = _body_of(self) or ""
    template = cfn_models.Stack.parse_template(body)
    resources = template.get("Resources") or {}
    requests = []
    for item in self._get_param("ResourcesToImport", []) or []:
        logical_id = item.get("LogicalResourceId")
        rtype = item.get("ResourceType")
        identifier = _identifier_of(item)
        declared = resources.get(logical_id)
        if not declared or declared.get("Type") != rtype:
            raise ValidationError(message=f"Resource {logical_id} of type {rtype} is not in the template")
        if "DeletionPolicy" not in declared:
            raise ValidationError(
                message=f"The following resources to import [{logical_id}] must have DeletionPolicy attribute specified in the template."
            )
        if rtype != "AWS::S3::Bucket" or "BucketName" not in identifier:
            raise ValidationError(message=f"Resource type {rtype} is not modelled for import by the harness")
        name = identifier["BucketName"]
        s3 = s3_backends[self.current_account][get_partition(self.region)]
        if name not in s3.buckets:
            raise ValidationError(message=f"Resources [{logical_id}] to import do not exist: {name}")
        owner = _owner_of(backend, name)
        if owner is not None:
            raise ValidationError(
                message=f"Resource [{name}] is already managed by stack [{owner}] and cannot be imported."
            )
        requests.append((logical_id, rtype, name))
    if not requests:
        raise ValidationError(message="ResourcesToImport must name at least one resource")
    stack_name = self._get_param("StackName")
    existing = next((s for s in backend.stacks.values() if s.name == stack_name and s.status != "DELETE_COMPLETE"), None)
    if existing is not None and existing.status != "REVIEW_IN_PROGRESS":
        old = existing.template_dict.get("Resources") or {}
        added = [k for k in resources if k not in old and k not in {r[0] for r in requests}]
        if added:
            raise ValidationError(message=f"An import may not add resources other than those imported: {added}")
    as_type = "CREATE" if existing is None or existing.status == "REVIEW_IN_PROGRESS" else "UPDATE"
    if self.automated_parameter_parsing:
        self.params["ChangeSetType"] = as_type
    self.querystring["ChangeSetType"] = [as_type]
    result = _response_create_change_set_before_import(self)
    change_set_id = result.result["Id"] if hasattr(result, "result") else None
    change_set = backend.change_sets.get(change_set_id) if change_set_id else None
    if change_set is None:  # find it by name, newest
        change_set = [c for c in backend.change_sets.values() if c.change_set_name == self._get_param("ChangeSetName")][-1]
    change_set.change_set_type = "IMPORT"
    change_set.status, change_set.execution_status = "CREATE_COMPLETE", "AVAILABLE"
    change_set.status_reason = None
    changes = []
    for logical_id, rtype, name in requests:
        change = cfn_models.Change("Import", logical_id, rtype)
        change.physical_resource_id = name
        change.before_context = change.after_context = None
        change.harness_details = []
        change.scope = []
        changes.append(change)
    change_set.changes = changes
    _import_requests[change_set.change_set_id] = requests
    return result


cfn_responses.CloudFormationResponse.create_change_set = _response_create_change_set_import

_execute_change_set_before_import = cfn_models.CloudFormationBackend.execute_change_set


def _execute_import(self: cfn_models.CloudFormationBackend, change_set_name: str, stack_name: str | None = None) -> None:
    change_set = self.describe_change_set(change_set_name)
    if change_set.change_set_type != "IMPORT":
        return _execute_change_set_before_import(self, change_set_name, stack_name)
    if change_set.execution_status != "AVAILABLE":
        raise CloudFormationError(
            "InvalidChangeSetStatus",
            f"ChangeSet [{change_set.change_set_id}] cannot be executed in its current execution status of [{change_set.execution_status}]",
        )
    stack = self.stacks[change_set.stack_id]
    stack._add_stack_event("IMPORT_IN_PROGRESS", resource_status_reason="User Initiated")
    stack.status = "IMPORT_IN_PROGRESS"
    s3 = s3_backends[self.account_id][get_partition(self.region_name)]
    rm = stack.resource_map
    template = cfn_models.Stack.parse_template(change_set.template)
    rm._template = template
    rm._resource_json_map = template.get("Resources") or {}
    rm.input_parameters = dict(change_set.parameters)
    rm.load_mapping()
    rm.load_parameters()
    rm.load_conditions()
    for logical_id, rtype, name in _import_requests.pop(change_set.change_set_id, []):
        _resource_event(rm, logical_id, name, rtype, "IMPORT_IN_PROGRESS")
        bucket = s3.buckets[name]
        bucket.logical_resource_id = logical_id  # what moto sets on the resources it creates
        rm._parsed_resources[logical_id] = bucket
        _resource_event(rm, logical_id, name, rtype, "IMPORT_COMPLETE")
    _refresh_stack(stack, change_set, self)
    stack._add_stack_event("IMPORT_COMPLETE")
    stack.status = "IMPORT_COMPLETE"
    change_set.execution_status = "EXECUTE_COMPLETE"
    for other_id, other in list(self.change_sets.items()):
        if other.stack_id == stack.stack_id and other is not change_set:
            del self.change_sets[other_id]


cfn_models.CloudFormationBackend.execute_change_set = _execute_import  # type: ignore[assignment]
