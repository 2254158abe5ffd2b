"""CloudFormation StackSets as AWS runs them, on top of the CloudFormation engine of patches.py.

Loaded by launch.py after patches.py (never on plain moto). moto 5.2.5's StackSet model ran every
operation inside the API call and reported SUCCEEDED whatever happened: instance stacks were named
`StackSet:<name>` (not a valid stack name in AWS) or hidden (SERVICE_MANAGED), a failing instance
stack raised out of the call, UpdateStackSet and UpdateStackInstances changed no resource,
ListStackSetOperationResults answered a canned reason, operation preferences, pagination and the
self-managed roles were ignored. This module replaces the StackSet actions of
CloudFormationResponse with a model of its own:

  - an operation returns its OperationId at once and runs on a background thread, one instance
    batch every MOTO_HARNESS_STACKSET_INSTANCE_MS (default 100 ms), so clients really poll;
  - each instance is a real stack in the target account and region, named
    `StackSet-<StackSetName>-<uuid>`, created/updated through change sets of the patched engine
    (so its resources exist and fail as they would), deleted through its DeleteStack;
  - an instance whose stack fails, or whose account lacks the execution role, fails alone; the
    operation honours the failure tolerance and concurrency of its OperationPreferences.

The written spec (what is and is not modelled) is the "StackSets" section of test/EMULATOR.md.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from typing import Any
from urllib.parse import unquote

import patches
from moto.cloudformation import models as cfn_models
from moto.cloudformation import responses as cfn_responses
from moto.cloudformation.exceptions import CloudFormationError, ValidationError
from moto.core.responses import EmptyResult
from moto.core.utils import utcnow
from moto.iam.models import iam_backends
from moto.moto_api._internal import mock_random as random
from moto.organizations.models import organizations_backends
from moto.utilities.utils import get_partition

log = logging.getLogger("moto.harness.stacksets")

# Every read and write of the model below happens under this lock; stack operations run outside
# it (they take patches.py's own execution lock), so reads never wait for a deployment.
_LOCK = threading.RLock()
_PAGE_MAX = 100
_DEFAULT_ADMIN_ROLE = "AWSCloudFormationStackSetAdministrationRole"
_DEFAULT_EXECUTION_ROLE = "AWSCloudFormationStackSetExecutionRole"
_STACK_SET_NAME = re.compile(r"^[a-zA-Z][-a-zA-Z0-9]*$")


def _instance_seconds() -> float:
    """Read on every batch so a test can slow one server down without restarting it."""
    return max(0, int(os.environ.get("MOTO_HARNESS_STACKSET_INSTANCE_MS", "100"))) / 1000


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------

Target = tuple[str, str]  # (account, region)


class _Instance:
    def __init__(self, account: str, region: str, overrides: dict[str, str], ou_id: str | None = None):
        self.account = account
        self.region = region
        self.overrides = overrides
        self.ou_id = ou_id
        self.stack_id: str | None = None
        self.status = "OUTDATED"  # CURRENT | OUTDATED | INOPERABLE
        self.detailed = "PENDING"
        self.reason: str | None = None
        self.last_operation_id: str | None = None


class _Spec:
    """What an operation deploys: the stack set's template and settings when it was requested."""

    def __init__(self, stack_set: _StackSet):
        self.template = stack_set.template
        self.parameters = dict(stack_set.parameters)
        self.tags = dict(stack_set.tags)
        self.description = stack_set.description
        self.admin_role_arn = stack_set.admin_role_arn
        self.execution_role_name = stack_set.execution_role_name
        self.self_managed = stack_set.permission_model == "SELF_MANAGED"


class _Operation:
    def __init__(
        self,
        action: str,
        targets: list[Target],
        preferences: dict[str, Any],
        spec: _Spec,
        operation_id: str | None,
        retain_stacks: bool | None = None,
        overrides: dict[Target, dict[str, str]] | None = None,
        ou_ids: dict[Target, str] | None = None,
    ):
        self.id = operation_id or str(random.uuid4())
        self.action = action  # CREATE | UPDATE | DELETE
        self.targets = targets
        self.preferences = preferences
        self.spec = spec
        self.retain_stacks = retain_stacks
        self.overrides = overrides or {}
        self.ou_ids = ou_ids or {}
        self.status = "QUEUED"
        self.created = utcnow()
        self.ended: Any = None
        self.reason: str | None = None
        self.stop_requested = False
        self.results: dict[Target, dict[str, Any]] = {t: {"Status": "PENDING"} for t in targets}


class _StackSet:
    def __init__(self, backend: cfn_models.CloudFormationBackend, name: str, template: str, request: dict[str, Any]):
        self.account = backend.account_id
        self.region = backend.region_name
        self.name = name
        self.id = cfn_models.generate_stackset_id(name)
        self.arn = cfn_models.generate_stackset_arn(self.id, self.region, self.account)
        self.template = template
        self.parameters: dict[str, str] = request["parameters"]
        self.capabilities: list[str] = request["capabilities"]
        self.tags: dict[str, str] = request["tags"]
        self.description: str | None = request["description"]
        self.permission_model: str = request["permission_model"] or "SELF_MANAGED"
        partition = get_partition(self.region)
        self.admin_role_arn: str = request["admin_role"] or f"arn:{partition}:iam::{self.account}:role/{_DEFAULT_ADMIN_ROLE}"
        self.execution_role_name: str = request["execution_role"] or _DEFAULT_EXECUTION_ROLE
        self.auto_deployment: dict[str, Any] | None = request["auto_deployment"]
        self.managed_execution = bool((request["managed_execution"] or {}).get("Active"))
        self.status = "ACTIVE"
        self.instances: dict[Target, _Instance] = {}
        self.operations: dict[str, _Operation] = {}
        self.running: _Operation | None = None
        self.queue: list[_Operation] = []


def _stack_sets(backend: cfn_models.CloudFormationBackend) -> dict[str, Any]:
    # moto's own dict: reset() recreates it, which is how a worker learns its world is gone.
    return backend.stacksets


def _find(backend: cfn_models.CloudFormationBackend, name_or_id: str) -> _StackSet:
    for stack_set in _stack_sets(backend).values():
        if isinstance(stack_set, _StackSet) and stack_set.status == "ACTIVE" and name_or_id in (
            stack_set.name,
            stack_set.id,
            stack_set.arn,
        ):
            return stack_set
    raise CloudFormationError("StackSetNotFoundException", f"StackSet {name_or_id} not found")


def _still_current(stack_set: _StackSet) -> bool:
    backend = cfn_models.cloudformation_backends[stack_set.account][stack_set.region]
    return _stack_sets(backend).get(stack_set.id) is stack_set


# --------------------------------------------------------------------------------------------
# Request parsing and validation
# --------------------------------------------------------------------------------------------


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _preferences(raw: dict[str, Any] | None) -> dict[str, Any]:
    """OperationPreferences as given (echoed by DescribeStackSetOperation), checked as AWS does."""
    raw = raw or {}
    preferences: dict[str, Any] = {}
    for key in ("FailureToleranceCount", "FailureTolerancePercentage", "MaxConcurrentCount", "MaxConcurrentPercentage"):
        if _int(raw.get(key)) is not None:
            preferences[key] = _int(raw.get(key))
    for key in ("RegionConcurrencyType", "ConcurrencyMode"):
        if raw.get(key):
            preferences[key] = raw[key]
    if raw.get("RegionOrder"):
        preferences["RegionOrder"] = list(raw["RegionOrder"])
    if "FailureToleranceCount" in preferences and "FailureTolerancePercentage" in preferences:
        raise ValidationError(
            message="Exactly one of FailureTolerancePercentage and FailureToleranceCount must be specified since both parameters are present"
        )
    if "MaxConcurrentCount" in preferences and "MaxConcurrentPercentage" in preferences:
        raise ValidationError(
            message="Exactly one of MaxConcurrentPercentage and MaxConcurrentCount must be specified since both parameters are present"
        )
    for key in ("FailureTolerancePercentage", "MaxConcurrentPercentage"):
        if key in preferences and not 0 <= preferences[key] <= 100:
            raise ValidationError(message=f"{key} must be between 0 and 100")
    if preferences.get("MaxConcurrentCount", 1) < 1 or preferences.get("FailureToleranceCount", 0) < 0:
        raise ValidationError(message="MaxConcurrentCount must be at least 1 and FailureToleranceCount at least 0")
    if preferences.get("MaxConcurrentPercentage", 1) < 1:
        raise ValidationError(message="MaxConcurrentPercentage must be at least 1")
    mode = preferences.get("ConcurrencyMode", "STRICT_FAILURE_TOLERANCE")
    if mode not in ("STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"):
        raise ValidationError(message=f"Invalid ConcurrencyMode {mode}")
    if preferences.get("RegionConcurrencyType", "SEQUENTIAL") not in ("SEQUENTIAL", "PARALLEL"):
        raise ValidationError(message=f"Invalid RegionConcurrencyType {preferences['RegionConcurrencyType']}")
    # STRICT with a concurrency above tolerance + 1 is accepted: AWS lowers the concurrency while it
    # runs (see _RegionRun.next_batch), as its current API reference says.
    return preferences


def _parameter_map(raw: list[dict[str, Any]] | None, previous: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for parameter in raw or []:
        key = parameter["ParameterKey"]
        if patches._truthy(parameter.get("UsePreviousValue")):
            if key in previous:
                out[key] = previous[key]
        elif "ParameterValue" in parameter:
            out[key] = str(parameter["ParameterValue"] if parameter["ParameterValue"] is not None else "")
    return out


def _declared(template: str) -> dict[str, Any]:
    return cfn_models.Stack.parse_template(template).get("Parameters") or {}


def _check_known(template: str, names: list[str]) -> None:
    unknown = [n for n in names if n not in _declared(template)]
    if unknown:
        raise ValidationError(message=f"Parameters: [{', '.join(unknown)}] do not exist in the template")


def _template_of(response: Any, previous: str | None = None) -> str | None:
    body = response._get_param("TemplateBody")
    url = response._get_param("TemplateURL")
    if not body and url:
        body = response._get_stack_from_s3_url(url)
    if not body and previous is not None and response._get_bool_param("UsePreviousTemplate", False):
        body = previous
    return body


def _targets(
    stack_set: _StackSet, accounts: list[str], regions: list[str], deployment_targets: dict[str, Any] | None
) -> tuple[list[Target], dict[Target, str]]:
    """(account, region) pairs in request order; SERVICE_MANAGED OUs expand to their accounts."""
    deployment_targets = deployment_targets or {}
    ou_ids = list(deployment_targets.get("OrganizationalUnitIds") or [])
    if stack_set.permission_model == "SELF_MANAGED" and ou_ids:
        raise ValidationError(message="StackSets with SELF_MANAGED permission model can only have accounts as target")
    if stack_set.permission_model == "SERVICE_MANAGED" and not ou_ids and not deployment_targets.get("Accounts"):
        raise ValidationError(
            message="StackSets with SERVICE_MANAGED permission model can only have OrganizationalUnit as target"
        )
    accounts = list(accounts or []) + list(deployment_targets.get("Accounts") or [])
    by_account: dict[str, str] = {}
    if ou_ids:
        organizations = organizations_backends[stack_set.account][get_partition(stack_set.region)]
        wanted = set(ou_ids) | {ou.id for ou in organizations.ou if ou.parent_id in ou_ids}
        for member in organizations.accounts:
            if member.parent_id in wanted:
                by_account.setdefault(member.id, member.parent_id)
    if not accounts and not by_account:
        raise ValidationError(message="Accounts or DeploymentTargets must be specified")
    if not regions:
        raise ValidationError(message="Regions must be specified")
    ordered = list(dict.fromkeys(accounts + list(by_account)))
    targets = [(account, region) for region in dict.fromkeys(regions) for account in ordered]
    return targets, {t: by_account[t[0]] for t in targets if t[0] in by_account}


# --------------------------------------------------------------------------------------------
# Self-managed prerequisites
# --------------------------------------------------------------------------------------------


def _role(account: str, name: str) -> Any:
    backend = iam_backends[account][get_partition("us-east-1")]
    return next((role for role in backend.roles.values() if role.name == name), None)


def _statements(policy: Any) -> list[dict[str, Any]]:
    text = policy if isinstance(policy, str) else json.dumps(policy)
    for candidate in (text, unquote(text)):
        try:
            document = json.loads(candidate)
        except (TypeError, ValueError):
            continue
        statements = document.get("Statement", []) if isinstance(document, dict) else []
        return [s for s in (statements if isinstance(statements, list) else [statements]) if isinstance(s, dict)]
    return []


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _trusts(role: Any, principal_kind: str, accepted: set[str]) -> bool:
    """Whether the role's trust policy allows sts:AssumeRole to one of `accepted` principals."""
    for statement in _statements(role.assume_role_policy_document):
        if statement.get("Effect") != "Allow":
            continue
        actions = [str(a).lower() for a in _as_list(statement.get("Action", []))]
        if not any(a in ("sts:assumerole", "sts:*", "*") for a in actions):
            continue
        principal = statement.get("Principal")
        if principal == "*":
            return True
        if isinstance(principal, dict) and any(str(p) in accepted for p in _as_list(principal.get(principal_kind, []))):
            return True
    return False


def _prerequisite_failure(spec: _Spec, admin_account: str, account: str) -> str | None:
    """AWS's reason when the administration or execution role is missing or does not trust."""
    if not spec.self_managed:
        return None  # SERVICE_MANAGED: StackSets creates the roles itself
    match = re.match(r"^arn:[^:]+:iam::(\d{12}):role/(.+)$", spec.admin_role_arn)
    admin_role_path = match.group(2) if match else spec.admin_role_arn
    admin_role_account = match.group(1) if match else admin_account
    admin_role = _role(admin_role_account, admin_role_path.split("/")[-1])
    if admin_role is None or admin_role.arn != spec.admin_role_arn or not _trusts(
        admin_role, "Service", {"cloudformation.amazonaws.com"}
    ):
        return (
            f"Account {admin_role_account} should have '{admin_role_path}' role with trust relationship "
            "to CloudFormation service."
        )
    execution_role = _role(account, spec.execution_role_name)
    accepted = {spec.admin_role_arn, admin_role_account, f"arn:aws:iam::{admin_role_account}:root"}
    if execution_role is None or not _trusts(execution_role, "AWS", accepted):
        return (
            f"Account {account} should have '{spec.execution_role_name}' role with trust relationship "
            f"to Role '{admin_role_path}'."
        )
    return None


# --------------------------------------------------------------------------------------------
# Deploying one instance through the patched engine
# --------------------------------------------------------------------------------------------

_GONE = ("ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "DELETE_COMPLETE")


def _failure_reason(stack: cfn_models.Stack, first_event: int) -> str:
    """AWS's instance StatusReason: the first resource that failed, with its type and reason."""
    for event in stack.events[first_event:]:
        if event.resource_status.endswith("_FAILED") and event.logical_resource_id != stack.name:
            return (
                f"ResourceLogicalId:{event.logical_resource_id}, ResourceType:{event.resource_type}, "
                f"ResourceStatusReason:{event.resource_status_reason}."
            )
    return f"Stack {stack.name} ended in {stack.status}: {getattr(stack, 'status_reason', None) or 'no reason recorded'}"


def _message(error: BaseException) -> str:
    return getattr(error, "message", None) or str(error)


def _deploy(
    stack_set_name: str, spec: _Spec, target: Target, stack_id: str | None, parameters: dict[str, str]
) -> tuple[str | None, str | None]:
    """Creates or updates the instance's stack; returns (stack id, failure reason or None)."""
    account, region = target
    backend = cfn_models.cloudformation_backends[account][region]
    stack = backend.stacks.get(stack_id) if stack_id else None
    if stack is not None and stack.status in _GONE:
        # AWS replaces the stack of an instance whose creation rolled back.
        backend.delete_stack(stack.stack_id)
        stack = None
    name = stack.name if stack is not None else f"StackSet-{stack_set_name}-{random.uuid4()}"
    change_set_name = f"stackset-{random.uuid4().hex}"
    first_event = len(stack.events) if stack is not None else 0
    try:
        change_set_id, stack_id = backend.create_change_set(
            name,
            change_set_name,
            spec.template,
            parameters,
            spec.description,
            "UPDATE" if stack is not None else "CREATE",
            tags=spec.tags or None,
        )
    except CloudFormationError as error:
        return (stack.stack_id if stack is not None else None), _message(error)
    change_set = backend.change_sets[change_set_id]
    if change_set.execution_status != "AVAILABLE":  # nothing to change: the instance is current
        backend.change_sets.pop(change_set_id, None)
        return stack_id, None
    backend.execute_change_set(change_set_id)
    # Instance stacks show no change sets in AWS; ours were only the vehicle.
    backend.change_sets.pop(change_set_id, None)
    stack = backend.stacks[stack_id]
    if stack.status in ("CREATE_COMPLETE", "UPDATE_COMPLETE"):
        return stack_id, None
    return stack_id, _failure_reason(stack, first_event)


def _remove(target: Target, stack_id: str | None, retain: bool) -> str | None:
    """Deletes the instance's stack unless retained; returns a failure reason or None."""
    if retain or not stack_id:
        return None
    account, region = target
    backend = cfn_models.cloudformation_backends[account][region]
    stack = backend.stacks.get(stack_id)
    if stack is None:
        return None
    first_event = len(stack.events)
    try:
        backend.delete_stack(stack_id)
    except CloudFormationError as error:  # e.g. termination protection
        return _message(error)
    if stack.status == "DELETE_FAILED":
        return _failure_reason(stack, first_event)
    return None


# --------------------------------------------------------------------------------------------
# Running an operation
# --------------------------------------------------------------------------------------------


class _RegionRun:
    """One region's share of an operation: batches sized by concurrency, stopped by failures."""

    def __init__(self, targets: list[Target], preferences: dict[str, Any]):
        self.pending = list(targets)
        self.failures = 0
        total = len(targets)
        if "FailureTolerancePercentage" in preferences:
            self.tolerance = preferences["FailureTolerancePercentage"] * total // 100  # rounds down
        else:
            self.tolerance = preferences.get("FailureToleranceCount", 0)
        if "MaxConcurrentPercentage" in preferences:  # rounds down, but never to zero
            self.concurrency = max(1, preferences["MaxConcurrentPercentage"] * total // 100)
        else:
            self.concurrency = preferences.get("MaxConcurrentCount", 1)
        self.strict = preferences.get("ConcurrencyMode", "STRICT_FAILURE_TOLERANCE") == "STRICT_FAILURE_TOLERANCE"

    @property
    def exceeded(self) -> bool:
        return self.failures > self.tolerance

    def next_batch(self) -> list[Target]:
        if self.exceeded:
            return []
        size = self.concurrency
        if self.strict:  # never more in flight than failures still tolerated, plus one
            size = max(1, min(size, self.tolerance + 1 - self.failures))
        batch, self.pending = self.pending[:size], self.pending[size:]
        return batch


def _region_groups(targets: list[Target], preferences: dict[str, Any]) -> list[list[str]]:
    regions = list(dict.fromkeys(region for _, region in targets))
    order = [r for r in preferences.get("RegionOrder", []) if r in regions]
    regions = order + [r for r in regions if r not in order]
    if preferences.get("RegionConcurrencyType") == "PARALLEL":
        return [regions]
    return [[region] for region in regions]


def _set_result(stack_set: _StackSet, operation: _Operation, target: Target, status: str, reason: str | None = None) -> None:
    result: dict[str, Any] = {"Status": status}
    if reason:
        result["StatusReason"] = reason
    operation.results[target] = result
    instance = stack_set.instances.get(target)
    if instance is None:
        return
    instance.detailed = status
    if status == "RUNNING":
        instance.status, instance.reason = "OUTDATED", None
    elif status == "SUCCEEDED":
        instance.status, instance.reason = "CURRENT", None
    elif status == "FAILED":
        delete_failed = operation.action == "DELETE"
        instance.status = "INOPERABLE" if delete_failed else "OUTDATED"
        instance.detailed = "INOPERABLE" if delete_failed else "FAILED"
        instance.reason = reason
    elif status == "CANCELLED":
        instance.status, instance.reason = "OUTDATED", reason


def _run_instance(stack_set: _StackSet, operation: _Operation, target: Target) -> None:
    with _LOCK:
        instance = stack_set.instances.get(target)
        stack_id = instance.stack_id if instance else None
        parameters = {**operation.spec.parameters, **(instance.overrides if instance else {})}
    retain = bool(operation.retain_stacks)
    failure = None
    if operation.action != "DELETE" or not retain:
        failure = _prerequisite_failure(operation.spec, stack_set.account, target[0])
    if failure is None:
        try:
            if operation.action == "DELETE":
                failure = _remove(target, stack_id, retain)
            else:
                stack_id, failure = _deploy(stack_set.name, operation.spec, target, stack_id, parameters)
        except Exception as error:  # noqa: BLE001  (the instance fails, the server lives on)
            log.exception("stack set %s: %s in %s failed unexpectedly", stack_set.name, operation.action, target)
            failure = f"Internal error of the emulator harness: {error!r}"
    with _LOCK:
        instance = stack_set.instances.get(target)
        if instance is not None and stack_id:
            instance.stack_id = stack_id
        _set_result(stack_set, operation, target, "FAILED" if failure else "SUCCEEDED", failure)
        if operation.action == "DELETE" and not failure:
            stack_set.instances.pop(target, None)


def _cancel(stack_set: _StackSet, operation: _Operation, targets: list[Target], reason: str) -> None:
    with _LOCK:
        for target in targets:
            _set_result(stack_set, operation, target, "CANCELLED", reason)


def _run(stack_set: _StackSet, operation: _Operation) -> None:
    exceeded_in: list[str] = []
    stopped = False
    for group in _region_groups(operation.targets, operation.preferences):
        runs = {region: _RegionRun([t for t in operation.targets if t[1] == region], operation.preferences) for region in group}
        if exceeded_in or stopped:
            reason = "Cancelled since failure tolerance has exceeded" if exceeded_in else "Operation stopped by user"
            _cancel(stack_set, operation, [t for run in runs.values() for t in run.pending], reason)
            continue
        while True:
            with _LOCK:
                stopped = operation.stop_requested or not _still_current(stack_set)
                batch = [] if stopped else [t for run in runs.values() for t in run.next_batch()]
                for target in batch:
                    _set_result(stack_set, operation, target, "RUNNING")
            if not batch:
                break
            time.sleep(_instance_seconds())  # every instance of a batch takes this long, side by side
            for target in batch:
                _run_instance(stack_set, operation, target)
                with _LOCK:
                    if operation.results[target]["Status"] == "FAILED":
                        runs[target[1]].failures += 1
        for region, run in runs.items():
            if run.exceeded:
                exceeded_in.append(region)
            if run.pending:
                reason = "Operation stopped by user" if stopped else "Cancelled since failure tolerance has exceeded"
                _cancel(stack_set, operation, run.pending, reason)
    with _LOCK:
        failed = sum(1 for r in operation.results.values() if r["Status"] == "FAILED")
        if stopped:
            operation.status = "STOPPED"
        elif exceeded_in:
            operation.status = "FAILED"
            operation.reason = (
                f"The operation failed because the failure tolerance was exceeded in {', '.join(exceeded_in)}: "
                f"{failed} stack instance(s) failed. See ListStackSetOperationResults."
            )
        else:
            operation.status = "SUCCEEDED"


def _run_guarded(stack_set: _StackSet, operation: _Operation) -> None:
    """The thread's body: an error ends the operation FAILED, never the server."""
    try:
        _run(stack_set, operation)
    except Exception as error:  # noqa: BLE001
        log.exception("stack set %s: operation %s crashed", stack_set.name, operation.id)
        with _LOCK:
            operation.status = "FAILED"
            operation.reason = f"Internal error of the emulator harness: {error!r}"
            for target, result in operation.results.items():
                if result["Status"] in ("PENDING", "RUNNING"):
                    _set_result(stack_set, operation, target, "FAILED", operation.reason)
    finally:
        with _LOCK:
            operation.ended = utcnow()
            stack_set.running = None
            if stack_set.queue and _still_current(stack_set):
                _start(stack_set, stack_set.queue.pop(0))


def _prepare_instances(stack_set: _StackSet, operation: _Operation) -> None:
    for target in operation.targets:
        instance = stack_set.instances.get(target)
        if instance is None:  # only CreateStackInstances targets instances that do not exist yet
            instance = _Instance(target[0], target[1], {}, operation.ou_ids.get(target))
            stack_set.instances[target] = instance
        if target in operation.overrides:
            instance.overrides = operation.overrides[target]
        instance.last_operation_id = operation.id
        instance.detailed = "PENDING"
        instance.status = "OUTDATED"


def _start(stack_set: _StackSet, operation: _Operation) -> None:
    _prepare_instances(stack_set, operation)
    operation.status = "RUNNING"
    stack_set.running = operation
    threading.Thread(target=_run_guarded, args=(stack_set, operation), name=f"stackset-{operation.id}", daemon=True).start()


def _check_can_submit(stack_set: _StackSet, operation_id: str | None) -> None:
    if operation_id and operation_id in stack_set.operations:
        raise CloudFormationError("OperationIdAlreadyExistsException", f"Operation {operation_id} already exists")
    if (stack_set.running is not None or stack_set.queue) and not stack_set.managed_execution:
        raise CloudFormationError(
            "OperationInProgressException", f"Another Operation on StackSet {stack_set.arn} is in progress"
        )


def _submit(stack_set: _StackSet, operation: _Operation) -> str:
    """Starts the operation, or queues it behind the running one (managed execution only)."""
    _check_can_submit(stack_set, operation.id)
    stack_set.operations[operation.id] = operation
    if stack_set.running is not None or stack_set.queue:
        stack_set.queue.append(operation)
    else:
        _start(stack_set, operation)
    return operation.id


# --------------------------------------------------------------------------------------------
# Views (the API's shapes)
# --------------------------------------------------------------------------------------------


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _stack_set_view(stack_set: _StackSet) -> dict[str, Any]:
    self_managed = stack_set.permission_model == "SELF_MANAGED"
    return _compact(
        {
            "StackSetName": stack_set.name,
            "StackSetId": stack_set.id,
            "Description": stack_set.description,
            "Status": stack_set.status,
            "TemplateBody": stack_set.template,
            # moto's serializer turns these two dicts into AWS's lists (RESPONSE_KEY_PATH_TO_TRANSFORMER).
            "Parameters": dict(stack_set.parameters),
            "Tags": dict(stack_set.tags),
            "Capabilities": list(stack_set.capabilities),
            "StackSetARN": stack_set.arn,
            "AdministrationRoleARN": stack_set.admin_role_arn if self_managed else None,
            "ExecutionRoleName": stack_set.execution_role_name if self_managed else None,
            "PermissionModel": stack_set.permission_model,
            "AutoDeployment": stack_set.auto_deployment,
            "ManagedExecution": {"Active": stack_set.managed_execution},
            "Regions": sorted({region for _, region in stack_set.instances}),
            "OrganizationalUnitIds": sorted({i.ou_id for i in stack_set.instances.values() if i.ou_id}) or None,
        }
    )


def _operation_view(stack_set: _StackSet, operation: _Operation, summary: bool = False) -> dict[str, Any]:
    failed = sum(1 for r in operation.results.values() if r["Status"] == "FAILED")
    view = {
        "OperationId": operation.id,
        "Action": operation.action,
        "Status": operation.status,
        "CreationTimestamp": operation.created,
        "EndTimestamp": operation.ended,
        "StatusReason": operation.reason,
        "StatusDetails": {"FailedStackInstancesCount": failed},
        "OperationPreferences": dict(operation.preferences),
    }
    if not summary:
        view.update(
            {
                "StackSetId": stack_set.id,
                "RetainStacks": operation.retain_stacks,
                "AdministrationRoleARN": operation.spec.admin_role_arn if operation.spec.self_managed else None,
                "ExecutionRoleName": operation.spec.execution_role_name if operation.spec.self_managed else None,
            }
        )
    return _compact(view)


def _result_view(target: Target, result: dict[str, Any], ou_id: str | None) -> dict[str, Any]:
    account, region = target
    return _compact(
        {
            "Account": account,
            "Region": region,
            "Status": result["Status"],
            "StatusReason": result.get("StatusReason"),
            # What AWS answers when no AWSCloudFormationStackSetAccountGate function exists.
            "AccountGateResult": {
                "Status": "SKIPPED",
                "StatusReason": "Function not found: "
                f"arn:aws:lambda:{region}:{account}:function:AWSCloudFormationStackSetAccountGate",
            },
            "OrganizationalUnitId": ou_id,
        }
    )


def _instance_view(stack_set: _StackSet, instance: _Instance, with_overrides: bool = False) -> dict[str, Any]:
    view = {
        "StackSetId": stack_set.id,
        "Region": instance.region,
        "Account": instance.account,
        "StackId": instance.stack_id,
        "Status": instance.status,
        "StatusReason": instance.reason,
        "StackInstanceStatus": {"DetailedStatus": instance.detailed},
        "OrganizationalUnitId": instance.ou_id,
        "DriftStatus": "NOT_CHECKED",
        "LastOperationId": instance.last_operation_id,
    }
    if with_overrides:
        view["ParameterOverrides"] = [{"ParameterKey": k, "ParameterValue": v} for k, v in instance.overrides.items()]
    return _compact(view)


def _page(response: Any, items: list[Any], kind: str, owner: str) -> tuple[list[Any], str | None]:
    max_results = response._get_int_param("MaxResults", _PAGE_MAX)
    if not 1 <= max_results <= _PAGE_MAX:
        raise ValidationError(
            message=f"1 validation error detected: Value '{max_results}' at 'maxResults' failed to satisfy constraint: "
            f"Member must have value {'greater' if max_results < 1 else 'less'} than or equal to {1 if max_results < 1 else _PAGE_MAX}"
        )
    start = patches._page_offset(response._get_param("NextToken"), kind, owner)
    end = start + max_results
    return items[start:end], (patches._page_token(kind, owner, end) if end < len(items) else None)


def _paged(response: Any, key: str, items: list[Any], kind: str, owner: str) -> cfn_responses.ActionResult:
    page, token = _page(response, items, kind, owner)
    return cfn_responses.ActionResult(_compact({key: page, "NextToken": token}))


# --------------------------------------------------------------------------------------------
# Actions (CloudFormationResponse methods). CallAs is accepted and ignored.
# --------------------------------------------------------------------------------------------


def _overrides(response: Any, stack_set: _StackSet) -> list[dict[str, Any]] | None:
    raw = response._get_param("ParameterOverrides")
    if raw is None:
        return None
    _check_known(stack_set.template, [p["ParameterKey"] for p in raw])
    # AWS: only the parameter values specified in the stack set can be overridden.
    undeclared = [p["ParameterKey"] for p in raw if p["ParameterKey"] not in stack_set.parameters]
    if undeclared:
        raise ValidationError(
            message=f"ParameterOverrides [{', '.join(undeclared)}] are not parameters of the stack set: "
            "only the parameter values specified in the stack set can be overridden"
        )
    return raw


def _operation_for(response: Any, stack_set: _StackSet, action: str, targets: list[Target], **extra: Any) -> _Operation:
    return _Operation(
        action,
        targets,
        _preferences(response._get_param("OperationPreferences")),
        _Spec(stack_set),
        response._get_param("OperationId"),
        **extra,
    )


def _create_stack_set(self: Any) -> Any:
    name = self._get_param("StackSetName")
    if not _STACK_SET_NAME.match(name or ""):
        raise ValidationError(
            message=f"1 validation error detected: Value '{name}' at 'stackSetName' failed to satisfy constraint: "
            "Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*"
        )
    template = _template_of(self)
    if not template:
        raise ValidationError(message="Either TemplateBody or TemplateURL must be specified")
    patches._request_checks(self, template)  # size, unknown resource types, IAM capabilities
    parameters = _parameter_map(self._get_param("Parameters", []), {})
    _check_known(template, list(parameters))
    backend = self.cloudformation_backend
    with _LOCK:
        if any(s.name == name and s.status == "ACTIVE" for s in _stack_sets(backend).values()):
            raise CloudFormationError("NameAlreadyExistsException", f"StackSet {name} already exists")
        stack_set = _StackSet(
            backend,
            name,
            template,
            {
                "parameters": parameters,
                "capabilities": self._get_param("Capabilities", []) or [],
                "tags": {t["Key"]: t["Value"] for t in self._get_param("Tags", []) or []},
                "description": self._get_param("Description"),
                "permission_model": self._get_param("PermissionModel"),
                "admin_role": self._get_param("AdministrationRoleARN"),
                "execution_role": self._get_param("ExecutionRoleName"),
                "auto_deployment": self._get_param("AutoDeployment"),
                "managed_execution": self._get_param("ManagedExecution"),
            },
        )
        _stack_sets(backend)[stack_set.id] = stack_set
    return cfn_responses.ActionResult({"StackSetId": stack_set.id})


def _instance_targets(stack_set: _StackSet, accounts: list[str], regions: list[str]) -> list[Target]:
    """UpdateStackSet's Accounts/Regions: existing instances only; neither means all of them."""
    if bool(accounts) != bool(regions):
        raise ValidationError(message="Accounts and Regions must be specified together")
    if not accounts:
        return list(stack_set.instances)
    targets = [(a, r) for r in dict.fromkeys(regions) for a in dict.fromkeys(accounts)]
    _require_instances(stack_set, targets)
    return targets


def _require_instances(stack_set: _StackSet, targets: list[Target]) -> None:
    missing = [f"{account}/{region}" for account, region in targets if (account, region) not in stack_set.instances]
    if missing:
        raise CloudFormationError(
            "StackInstanceNotFoundException",
            f"Stack instances [{', '.join(missing)}] of StackSet {stack_set.name} do not exist",
        )


def _update_stack_set(self: Any) -> Any:
    backend = self.cloudformation_backend
    with _LOCK:
        stack_set = _find(backend, self._get_param("StackSetName"))
        template = _template_of(self, stack_set.template)
    if not template:
        raise ValidationError(message="Either TemplateBody, TemplateURL or UsePreviousTemplate must be specified")
    patches._request_checks(self, template)
    preferences = _preferences(self._get_param("OperationPreferences"))
    raw_parameters = self._get_param("Parameters")
    declared = _declared(template)
    with _LOCK:
        if raw_parameters is None:  # keep the values of parameters the template still declares
            parameters = {k: v for k, v in stack_set.parameters.items() if k in declared}
        else:
            parameters = _parameter_map(raw_parameters, stack_set.parameters)
        _check_known(template, list(parameters))
        targets = _instance_targets(stack_set, self._get_param("Accounts") or [], self._get_param("Regions") or [])
        _check_can_submit(stack_set, self._get_param("OperationId"))
        stack_set.template = template
        stack_set.parameters = parameters
        stack_set.capabilities = self._get_param("Capabilities", []) or []
        if self._get_param("Description") is not None:
            stack_set.description = self._get_param("Description")
        if self._get_param("Tags") is not None:
            stack_set.tags = {t["Key"]: t["Value"] for t in self._get_param("Tags")}
        stack_set.admin_role_arn = self._get_param("AdministrationRoleARN") or stack_set.admin_role_arn
        stack_set.execution_role_name = self._get_param("ExecutionRoleName") or stack_set.execution_role_name
        if self._get_param("ManagedExecution") is not None:
            stack_set.managed_execution = bool(self._get_param("ManagedExecution").get("Active"))
        if self._get_param("AutoDeployment") is not None:
            stack_set.auto_deployment = self._get_param("AutoDeployment")
        operation = _Operation("UPDATE", targets, preferences, _Spec(stack_set), self._get_param("OperationId"))
        return cfn_responses.ActionResult({"OperationId": _submit(stack_set, operation)})


def _create_stack_instances(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        targets, ou_ids = _targets(
            stack_set, self._get_param("Accounts", []), self._get_param("Regions", []), self._get_param("DeploymentTargets")
        )
        raw = _overrides(self, stack_set)
        overrides = {t: _parameter_map(raw, {}) for t in targets} if raw is not None else {}
        operation = _operation_for(self, stack_set, "CREATE", targets, overrides=overrides, ou_ids=ou_ids)
        return cfn_responses.ActionResult({"OperationId": _submit(stack_set, operation)})


def _update_stack_instances(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        targets, _ = _targets(
            stack_set, self._get_param("Accounts", []), self._get_param("Regions", []), self._get_param("DeploymentTargets")
        )
        _require_instances(stack_set, targets)
        raw = _overrides(self, stack_set)
        overrides = (
            {t: _parameter_map(raw, stack_set.instances[t].overrides) for t in targets} if raw is not None else {}
        )
        operation = _operation_for(self, stack_set, "UPDATE", targets, overrides=overrides)
        return cfn_responses.ActionResult({"OperationId": _submit(stack_set, operation)})


def _delete_stack_instances(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        targets, _ = _targets(
            stack_set, self._get_param("Accounts", []), self._get_param("Regions", []), self._get_param("DeploymentTargets")
        )
        targets = [t for t in targets if t in stack_set.instances]
        retain = self._get_bool_param("RetainStacks", False)
        operation = _operation_for(self, stack_set, "DELETE", targets, retain_stacks=retain)
        return cfn_responses.ActionResult({"OperationId": _submit(stack_set, operation)})


def _delete_stack_set(self: Any) -> Any:
    with _LOCK:
        try:
            stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        except CloudFormationError:
            return EmptyResult()  # AWS: deleting a stack set that does not exist succeeds
        if stack_set.running is not None or stack_set.queue:
            raise CloudFormationError(
                "OperationInProgressException", f"Another Operation on StackSet {stack_set.arn} is in progress"
            )
        if stack_set.instances:
            raise CloudFormationError("StackSetNotEmptyException", "StackSet is not empty")
        stack_set.status = "DELETED"
    return EmptyResult()


def _describe_stack_set(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        return cfn_responses.ActionResult({"StackSet": _stack_set_view(stack_set)})


def _list_stack_sets(self: Any) -> Any:
    status = self._get_param("Status")
    with _LOCK:
        summaries = [
            _compact(
                {
                    "StackSetName": s.name,
                    "StackSetId": s.id,
                    "Description": s.description,
                    "Status": s.status,
                    "PermissionModel": s.permission_model,
                    "AutoDeployment": s.auto_deployment,
                    "ManagedExecution": {"Active": s.managed_execution},
                    "DriftStatus": "NOT_CHECKED",
                }
            )
            for s in _stack_sets(self.cloudformation_backend).values()
            if isinstance(s, _StackSet) and (not status or s.status == status)
        ]
    return _paged(self, "Summaries", summaries, "ListStackSets", self.current_account)


def _operation(stack_set: _StackSet, operation_id: str) -> _Operation:
    operation = stack_set.operations.get(operation_id)
    if operation is None:
        raise CloudFormationError(
            "OperationNotFoundException", f"Operation {operation_id} not found for StackSet {stack_set.name}"
        )
    return operation


def _describe_stack_set_operation(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        operation = _operation(stack_set, self._get_param("OperationId"))
        return cfn_responses.ActionResult({"StackSetOperation": _operation_view(stack_set, operation)})


def _list_stack_set_operations(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        newest_first = [_operation_view(stack_set, o, summary=True) for o in reversed(stack_set.operations.values())]
    return _paged(self, "Summaries", newest_first, "ListStackSetOperations", stack_set.id)


def _list_stack_set_operation_results(self: Any) -> Any:
    filters = self._get_param("Filters") or []
    statuses = {v for f in filters if f.get("Name") == "OPERATION_RESULT_STATUS" for v in _as_list(f.get("Values"))}
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        operation = _operation(stack_set, self._get_param("OperationId"))
        results = [
            _result_view(target, result, operation.ou_ids.get(target))
            for target, result in operation.results.items()
            if not statuses or result["Status"] in statuses
        ]
    return _paged(self, "Summaries", results, "ListStackSetOperationResults", operation.id)


def _instance_filters(response: Any) -> dict[str, str]:
    filters: dict[str, str] = {}
    for item in response._get_param("Filters") or []:
        name = item.get("Name")
        if name not in ("DETAILED_STATUS", "LAST_OPERATION_ID", "DRIFT_STATUS"):
            raise ValidationError(message=f"Invalid filter name {name}")
        filters[name] = str(item.get("Values"))
    return filters


def _list_stack_instances(self: Any) -> Any:
    filters = _instance_filters(self)
    account = self._get_param("StackInstanceAccount")
    region = self._get_param("StackInstanceRegion")
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        summaries = [
            _instance_view(stack_set, instance)
            for instance in stack_set.instances.values()
            if (not account or instance.account == account)
            and (not region or instance.region == region)
            and filters.get("DETAILED_STATUS", instance.detailed) == instance.detailed
            and filters.get("LAST_OPERATION_ID", instance.last_operation_id) == instance.last_operation_id
            and filters.get("DRIFT_STATUS", "NOT_CHECKED") == "NOT_CHECKED"
        ]
    return _paged(self, "Summaries", summaries, "ListStackInstances", stack_set.id)


def _describe_stack_instance(self: Any) -> Any:
    account = self._get_param("StackInstanceAccount")
    region = self._get_param("StackInstanceRegion")
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        instance = stack_set.instances.get((account, region))
        if instance is None:
            raise CloudFormationError(
                "StackInstanceNotFoundException",
                f"Stack instance in account {account} and region {region} of StackSet {stack_set.name} does not exist",
            )
        return cfn_responses.ActionResult({"StackInstance": _instance_view(stack_set, instance, with_overrides=True)})


def _stop_stack_set_operation(self: Any) -> Any:
    with _LOCK:
        stack_set = _find(self.cloudformation_backend, self._get_param("StackSetName"))
        operation = _operation(stack_set, self._get_param("OperationId"))
        if operation in stack_set.queue:
            stack_set.queue.remove(operation)
            operation.status, operation.ended = "STOPPED", utcnow()
            for target in operation.targets:
                operation.results[target] = {"Status": "CANCELLED", "StatusReason": "Operation stopped by user"}
        elif operation.status == "RUNNING":
            operation.stop_requested = True
            operation.status = "STOPPING"
        else:
            raise CloudFormationError("InvalidOperationException", f"Operation {operation.id} is not running")
    return EmptyResult()


for _action, _function in (
    ("create_stack_set", _create_stack_set),
    ("update_stack_set", _update_stack_set),
    ("delete_stack_set", _delete_stack_set),
    ("describe_stack_set", _describe_stack_set),
    ("list_stack_sets", _list_stack_sets),
    ("create_stack_instances", _create_stack_instances),
    ("update_stack_instances", _update_stack_instances),
    ("delete_stack_instances", _delete_stack_instances),
    ("describe_stack_instance", _describe_stack_instance),
    ("list_stack_instances", _list_stack_instances),
    ("describe_stack_set_operation", _describe_stack_set_operation),
    ("list_stack_set_operations", _list_stack_set_operations),
    ("list_stack_set_operation_results", _list_stack_set_operation_results),
    ("stop_stack_set_operation", _stop_stack_set_operation),
):
    _function.__name__ = _action
    setattr(cfn_responses.CloudFormationResponse, _action, _function)
