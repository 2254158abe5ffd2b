"""Monitoring in the emulator: what the product's alarms, alerts topic and failure events need of
moto 5.2.5 that it does not do (see the "Monitoring" section of test/EMULATOR.md).

Loaded by launch.py after patches.py and replication.py, under the same switch:

1. CloudFormation: AWS::SNS::TopicPolicy, AWS::SNS::Subscription and AWS::CloudWatch::Alarm, which
   moto does not model; AWS::SNS::Topic updated in place (moto deleted and re-created it, dropping
   every subscription); AWS::S3::Bucket NotificationConfiguration applied, removed and read back for
   drift detection.
2. S3: GetBucketNotificationConfiguration also answers EventBridgeConfiguration.
3. SNS: deliveries to http, https and email endpoints are recorded, never sent (moto POSTed them
   to the real URL); GET /_harness/sns/deliveries lists them.
4. CloudWatch: alarms are evaluated (moto stored them, always OK): when a datapoint arrives, when
   an alarm is created or changed, and on POST /_harness/cloudwatch/evaluate, which may move the
   harness clock forward so that old datapoints leave the evaluation window. A state change runs
   the alarm's SNS actions with CloudWatch's alarm message.
5. Replication: when the stand-in posts a verdict, each destination whose rule has Metrics Enabled
   gets its datapoint (OperationsFailedReplication for FAILED, ReplicationLatency for COMPLETED), and
   a FAILED one sends S3's s3:Replication:OperationFailedReplication event, with the failureReason
   the stand-in decided, to every matching entry of the source bucket's notification configuration
   the stand-in found S3 may publish to (it evaluates the topic and key policies).
"""

from __future__ import annotations

import datetime
import json
import threading
from typing import Any
from urllib.parse import quote_plus

import moto
import patches
import replication
from moto.cloudformation import parsing
from moto.cloudwatch.models import Alarm, CloudWatchBackend, cloudwatch_backends
from moto.core.common_models import CloudFormationModel
from moto.core.utils import utcnow
from moto.moto_api._internal import mock_random as random
from moto.moto_api._internal.models import MotoAPIBackend
from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.s3 import responses as s3_responses
from moto.s3.models import S3Backend, s3_backends
from moto.sns.models import Subscription, Topic, sns_backends
from moto.sqs.models import sqs_backends
from moto.utilities.utils import get_partition
from werkzeug.wrappers import Request, Response

if moto.__version__ != "5.2.5":  # the hooks below replace functions of this exact version
    raise RuntimeError(f"test/support/moto/monitoring.py targets moto 5.2.5, found {moto.__version__}")

_LOCK = threading.RLock()
_clock_offset = datetime.timedelta(0)
_deliveries: list[dict[str, Any]] = []


def _now() -> datetime.datetime:
    """The harness clock: real time, moved forward by /_harness/cloudwatch/evaluate."""
    return utcnow() + _clock_offset


def _arn_parts(arn: str) -> tuple[str, str, str]:
    """(service, region, account) of an ARN."""
    parts = arn.split(":")
    return parts[2], parts[3], parts[4]


# --------------------------------------------------------------------------------------------
# 1. CloudFormation models
# --------------------------------------------------------------------------------------------


def _topic(arn: str) -> Topic:
    _, region, account = _arn_parts(arn)
    return sns_backends[account][region].get_topic(arn)


class HarnessTopicPolicy(CloudFormationModel):
    """AWS::SNS::TopicPolicy: the policy replaces each named topic's policy; deleting it restores
    the topic's default policy (as SNS does when a topic policy is removed)."""

    __module__ = "moto.sns.harness"

    def __init__(self, topics: list[str], name: str):
        self.topics = topics
        self.name = name

    @property
    def physical_resource_id(self) -> str:
        return self.name

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @staticmethod
    def cloudformation_type() -> str:
        return "AWS::SNS::TopicPolicy"

    @classmethod
    def has_cfn_attr(cls, attr: str) -> bool:
        return attr == "Id"

    @classmethod
    def create_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str, **kwargs: Any
    ) -> HarnessTopicPolicy:
        properties = cloudformation_json["Properties"]
        text = patches._policy_text(properties["PolicyDocument"])
        topics = [str(t) for t in properties.get("Topics", [])]
        for arn in topics:
            _topic(arn).policy = text
        return cls(topics, f"{resource_name}-{random.get_random_hex(8)}")

    @classmethod
    def update_from_cloudformation_json(  # type: ignore[misc]
        cls, original_resource: HarnessTopicPolicy, new_resource_name: str, cloudformation_json: Any,
        account_id: str, region_name: str,
    ) -> HarnessTopicPolicy:
        new = cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)
        for arn in set(original_resource.topics) - set(new.topics):
            cls._restore(arn)
        new.name = original_resource.name
        return new

    @classmethod
    def delete_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
    ) -> None:
        for arn in (cloudformation_json.get("Properties") or {}).get("Topics", []):
            cls._restore(str(arn))

    def delete(self, account_id: str, region_name: str) -> None:
        for arn in self.topics:
            self._restore(arn)

    @staticmethod
    def _restore(arn: str) -> None:
        try:
            topic = _topic(arn)
        except Exception:  # noqa: BLE001 - the topic may be gone first: nothing to restore
            return
        topic._policy_json = topic._create_default_topic_policy(topic.sns_backend.region_name, topic.account_id, topic.name)

    def is_created(self) -> bool:
        return True


class HarnessSubscription(CloudFormationModel):
    """AWS::SNS::Subscription: Subscribe (Protocol, Endpoint, TopicArn; RawMessageDelivery and
    FilterPolicy attributes), Unsubscribe on delete; Ref is the subscription ARN."""

    __module__ = "moto.sns.harness"

    def __init__(self, arn: str):
        self.arn = arn

    @property
    def physical_resource_id(self) -> str:
        return self.arn

    @staticmethod
    def cloudformation_name_type() -> str:
        return ""

    @staticmethod
    def cloudformation_type() -> str:
        return "AWS::SNS::Subscription"

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
    ) -> HarnessSubscription:
        p = cloudformation_json["Properties"]
        topic_arn = str(p["TopicArn"])
        _, region, account = _arn_parts(topic_arn)
        subscription = sns_backends[account][region].subscribe(topic_arn, str(p["Endpoint"]), str(p["Protocol"]))
        if patches._truthy(p.get("RawMessageDelivery")):
            subscription.attributes["RawMessageDelivery"] = "true"
        return cls(subscription.arn)

    @classmethod
    def update_from_cloudformation_json(  # type: ignore[misc]
        cls, original_resource: HarnessSubscription, new_resource_name: str, cloudformation_json: Any,
        account_id: str, region_name: str,
    ) -> HarnessSubscription:
        # Endpoint, Protocol and TopicArn are create-only: any change makes a new subscription.
        original_resource.delete(account_id, region_name)
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json, account_id, region_name)

    @classmethod
    def delete_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
    ) -> None:
        cls(resource_name).delete(account_id, region_name)

    def delete(self, account_id: str, region_name: str) -> None:
        _, region, account = _arn_parts(self.arn)
        sns_backends[account][region].unsubscribe(self.arn)

    def is_created(self) -> bool:
        return True


def _alarm_arguments(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "namespace": p.get("Namespace"),
        "metric_name": p.get("MetricName"),
        "comparison_operator": p.get("ComparisonOperator"),
        "evaluation_periods": int(p.get("EvaluationPeriods", 1)),
        "datapoints_to_alarm": int(p["DatapointsToAlarm"]) if p.get("DatapointsToAlarm") is not None else None,
        "period": int(p.get("Period", 60)),
        "threshold": float(p.get("Threshold", 0)),
        "statistic": p.get("Statistic"),
        "description": p.get("AlarmDescription", ""),
        "dimensions": [{"Name": d["Name"], "Value": d["Value"]} for d in p.get("Dimensions", [])],
        "alarm_actions": [str(a) for a in p.get("AlarmActions", [])],
        "ok_actions": [str(a) for a in p.get("OKActions", [])],
        "insufficient_data_actions": [str(a) for a in p.get("InsufficientDataActions", [])],
        "actions_enabled": p.get("ActionsEnabled") is None or patches._truthy(p.get("ActionsEnabled")),
        "treat_missing_data": p.get("TreatMissingData"),
    }


class HarnessAlarm(CloudFormationModel):
    """AWS::CloudWatch::Alarm (metric alarms): PutMetricAlarm (the harness evaluates it at once),
    DeleteAlarms on delete; Ref is the alarm name, GetAtt Arn its ARN. A new AlarmName replaces it."""

    __module__ = "moto.cloudwatch.harness"

    def __init__(self, name: str, arn: str):
        self.name = name
        self.arn = arn

    @property
    def physical_resource_id(self) -> str:
        return self.name

    @staticmethod
    def cloudformation_name_type() -> str:
        return "AlarmName"

    @staticmethod
    def cloudformation_type() -> str:
        return "AWS::CloudWatch::Alarm"

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
    ) -> HarnessAlarm:
        p = cloudformation_json["Properties"]
        name = str(p.get("AlarmName") or resource_name)
        alarm = cloudwatch_backends[account_id][region_name].put_metric_alarm(name=name, **_alarm_arguments(p))
        return cls(alarm.name, alarm.alarm_arn)

    @classmethod
    def update_from_cloudformation_json(  # type: ignore[misc]
        cls, original_resource: HarnessAlarm, new_resource_name: str, cloudformation_json: Any,
        account_id: str, region_name: str,
    ) -> HarnessAlarm:
        name = str(cloudformation_json["Properties"].get("AlarmName") or original_resource.name)
        new = cls.create_from_cloudformation_json(name, cloudformation_json, account_id, region_name)
        if new.name != original_resource.name:
            original_resource.delete(account_id, region_name)
        return new

    @classmethod
    def delete_from_cloudformation_json(  # type: ignore[misc]
        cls, resource_name: str, cloudformation_json: Any, account_id: str, region_name: str
    ) -> None:
        cloudwatch_backends[account_id][region_name].delete_alarms([resource_name])

    def delete(self, account_id: str, region_name: str) -> None:
        cloudwatch_backends[account_id][region_name].delete_alarms([self.name])

    def is_created(self) -> bool:
        return True


def _topic_update(
    cls: Any, original_resource: Topic, new_resource_name: str, cloudformation_json: Any,
    account_id: str, region_name: str,
) -> Topic:
    """moto deleted and re-created a topic on any update, dropping its subscriptions and policy;
    CloudFormation updates DisplayName and KmsMasterKeyId in place (TopicName replaces it)."""
    properties = cloudformation_json["Properties"]
    name = properties.get("TopicName")
    if name is not None and name != original_resource.name:
        topic = Topic.create_from_cloudformation_json(name, cloudformation_json, account_id, region_name)
        if cloudformation_json.get("UpdateReplacePolicy") != "Retain":
            original_resource.delete(account_id, region_name)
        return topic
    original_resource.display_name = properties.get("DisplayName", "")
    original_resource.kms_master_key_id = properties.get("KmsMasterKeyId", "")
    return original_resource


Topic.update_from_cloudformation_json = classmethod(_topic_update)  # type: ignore[assignment]

patches._REPLACEMENT_PROPERTIES.update(
    {
        "AWS::SNS::Topic": ["TopicName", "FifoTopic"],
        "AWS::SNS::Subscription": ["Endpoint", "Protocol", "TopicArn", "Region"],
        "AWS::CloudWatch::Alarm": ["AlarmName"],
    }
)
patches._SCHEMAS["AWS::SNS::TopicPolicy"] = {"json": {"/PolicyDocument"}, "unordered": {"/Topics"}, "write_only": set()}

for _cached in (parsing.get_model_list, parsing.get_model_map, parsing.get_name_type_map):
    _cached.cache_clear()


# AWS::S3::Bucket NotificationConfiguration, in CloudFormation's names -> what moto stores.
def _moto_filter(cfn_filter: Any) -> dict[str, Any] | None:
    rules = ((cfn_filter or {}).get("S3Key") or {}).get("Rules") or []
    if not rules:
        return None
    return {"S3Key": {"FilterRule": [{"Name": str(r["Name"]).lower(), "Value": r["Value"]} for r in rules]}}


def _moto_notifications(cfn: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for cfn_key, arn_key, moto_key, moto_arn in (
        ("TopicConfigurations", "Topic", "TopicConfiguration", "Topic"),
        ("QueueConfigurations", "Queue", "QueueConfiguration", "Queue"),
        ("LambdaConfigurations", "Function", "CloudFunctionConfiguration", "CloudFunction"),
    ):
        entries = []
        for i, e in enumerate(cfn.get(cfn_key) or []):
            entry: dict[str, Any] = {"Id": f"cfn-{moto_key}-{i}", moto_arn: e[arn_key], "Event": [e["Event"]]}
            moto_filter = _moto_filter(e.get("Filter"))
            if moto_filter:
                entry["Filter"] = moto_filter
            entries.append(entry)
        if entries:
            out[moto_key] = entries
    if patches._truthy((cfn.get("EventBridgeConfiguration") or {}).get("EventBridgeEnabled")):
        out["EventBridgeConfiguration"] = {}
    return out


_orig_apply_bucket_properties = patches._apply_bucket_properties


def _apply_bucket_properties(backend: S3Backend, name: str, properties: dict[str, Any]) -> None:
    """moto ignored NotificationConfiguration; removing it from the template removes it, as the
    AWS::S3::Bucket handler does (PutBucketNotificationConfiguration with an empty document)."""
    _orig_apply_bucket_properties(backend, name, properties)
    config = properties.get("NotificationConfiguration")
    backend.put_bucket_notification_configuration(name, _moto_notifications(config) if config else {})


patches._apply_bucket_properties = _apply_bucket_properties


def _live_notifications(bucket: Any) -> dict[str, Any] | None:
    n = bucket.notification_configuration
    if n is None:
        return None
    out: dict[str, Any] = {}
    for attr, cfn_key, arn_key in (
        ("topic", "TopicConfigurations", "Topic"),
        ("queue", "QueueConfigurations", "Queue"),
        ("cloud_function", "LambdaConfigurations", "Function"),
    ):
        entries = []
        for item in getattr(n, attr):
            for event in item.events:
                entry: dict[str, Any] = {"Event": event, arn_key: item.arn}
                rules = (item.filters or {}).get("S3Key", {}).get("FilterRule") or []
                if rules:
                    entry["Filter"] = {"S3Key": {"Rules": [{"Name": r["Name"], "Value": r["Value"]} for r in rules]}}
                entries.append(entry)
        if entries:
            out[cfn_key] = entries
    if n.event_bridge is not None:
        out["EventBridgeConfiguration"] = {"EventBridgeEnabled": True}
    return out or None


_orig_live_bucket = patches._DRIFT_READERS["AWS::S3::Bucket"]


def _live_bucket(resource: Any, account_id: str, region_name: str, expected: dict[str, Any]) -> dict[str, Any] | None:
    live = _orig_live_bucket(resource, account_id, region_name, expected)
    if live is None:
        return None
    bucket = s3_backends[account_id][get_partition(region_name)].buckets.get(resource.name)
    notifications = _live_notifications(bucket) if bucket is not None else None
    if notifications:
        live["NotificationConfiguration"] = notifications
    return live


patches._DRIFT_READERS["AWS::S3::Bucket"] = _live_bucket
patches._SCHEMAS["AWS::S3::Bucket"]["unordered"].update(
    {
        "/NotificationConfiguration/TopicConfigurations",
        "/NotificationConfiguration/QueueConfigurations",
        "/NotificationConfiguration/LambdaConfigurations",
    }
)


# --------------------------------------------------------------------------------------------
# 2. GetBucketNotificationConfiguration: EventBridgeConfiguration too
# --------------------------------------------------------------------------------------------

_orig_get_bucket_notification = s3_responses.S3Response.get_bucket_notification


def _get_bucket_notification(self: Any) -> Any:
    """moto left EventBridgeConfiguration out of the answer even when it was set."""
    response = _orig_get_bucket_notification(self)
    config = self.backend.get_bucket_notification_configuration(self.bucket_name)
    if config is None or config.event_bridge is None:
        return response
    status, headers, body = response
    text = body.decode() if isinstance(body, bytes) else str(body)
    marker = "</NotificationConfiguration>"
    if marker in text:
        text = text.replace(marker, "<EventBridgeConfiguration></EventBridgeConfiguration>" + marker)
    else:  # an empty answer (no entries): S3 still names EventBridge
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            "<EventBridgeConfiguration></EventBridgeConfiguration></NotificationConfiguration>"
        )
    return status, headers, text


s3_responses.S3Response.get_bucket_notification = _get_bucket_notification  # type: ignore[method-assign]


# --------------------------------------------------------------------------------------------
# 3. SNS deliveries to the outside world are recorded, never sent
# --------------------------------------------------------------------------------------------

_orig_subscription_publish = Subscription.publish


def _subscription_publish(self: Subscription, message: str, message_id: str, subject: str | None = None, **kwargs: Any) -> None:
    """moto POSTed http(s) deliveries to the real endpoint; email is not sent either. The harness
    records them (a pager's or a mailbox's view) and sends nothing off the machine."""
    if self.protocol in ("http", "https", "email", "email-json"):
        with _LOCK:
            _deliveries.append(
                {
                    "topicArn": self.topic.arn,
                    "protocol": self.protocol,
                    "endpoint": self.endpoint,
                    "subject": subject,
                    "message": message,
                    "at": _now().isoformat(),
                }
            )
        return
    _orig_subscription_publish(self, message, message_id, subject=subject, **kwargs)


Subscription.publish = _subscription_publish  # type: ignore[method-assign]


def _publish(topic_arn: str, message: str, subject: str) -> None:
    _, region, account = _arn_parts(topic_arn)
    sns_backends[account][region].publish(message, arn=topic_arn, subject=subject)


# --------------------------------------------------------------------------------------------
# 4. CloudWatch alarms are evaluated
# --------------------------------------------------------------------------------------------

_COMPARE = {
    "GreaterThanThreshold": lambda v, t: v > t,
    "GreaterThanOrEqualToThreshold": lambda v, t: v >= t,
    "LessThanThreshold": lambda v, t: v < t,
    "LessThanOrEqualToThreshold": lambda v, t: v <= t,
}


def _aware(ts: datetime.datetime) -> datetime.datetime:
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=datetime.timezone.utc)


def _statistic(values: list[float], statistic: str) -> float:
    if statistic == "Sum":
        return sum(values)
    if statistic == "Maximum":
        return max(values)
    if statistic == "Minimum":
        return min(values)
    if statistic == "SampleCount":
        return float(len(values))
    return sum(values) / len(values)  # Average


def _datum_values(datum: Any) -> list[float]:
    if hasattr(datum, "value"):
        return [float(datum.value)]
    return [float(datum.sum)]  # a statistic set: its sum stands for it


def _evaluate(backend: CloudWatchBackend, alarm: Alarm) -> None:
    """CloudWatch's evaluation, as far as the product's alarms use it: the last EvaluationPeriods
    periods up to the harness clock, one statistic per period, DatapointsToAlarm of them breaching
    → ALARM; a period without data is breaching, not breaching, or left out (ignore, missing) by
    TreatMissingData; no data at all with missing/ignore keeps INSUFFICIENT_DATA (missing) or the
    state (ignore)."""
    if alarm.rule is not None or alarm.metric_data_queries or alarm.comparison_operator not in _COMPARE:
        return  # composite and metric-math alarms are not modelled
    now = _aware(_now())
    period = datetime.timedelta(seconds=int(alarm.period))
    wanted = sorted((d.name, d.value) for d in alarm.dimensions)
    data = [
        d
        for d in backend.metric_data
        if d.namespace == alarm.namespace
        and d.name == alarm.metric_name
        and sorted((x.name, x.value) for x in d.dimensions) == wanted
    ]
    outcomes: list[bool | None] = []
    for i in range(int(alarm.evaluation_periods)):
        end = now - i * period
        values = [v for d in data if end - period <= _aware(d.timestamp) < end for v in _datum_values(d)]
        if values:
            outcomes.append(_COMPARE[alarm.comparison_operator](_statistic(values, alarm.statistic), alarm.threshold))
        else:
            outcomes.append(None)
    treat = alarm.treat_missing_data or "missing"
    if treat == "breaching":
        outcomes = [True if o is None else o for o in outcomes]
    elif treat == "notBreaching":
        outcomes = [False if o is None else o for o in outcomes]
    known = [o for o in outcomes if o is not None]
    needed = int(alarm.datapoints_to_alarm or alarm.evaluation_periods)
    if not known:
        new_state = alarm.state_value if treat == "ignore" else "INSUFFICIENT_DATA"
    else:
        new_state = "ALARM" if sum(1 for o in known if o) >= min(needed, len(known)) else "OK"
    if new_state == alarm.state_value:
        return
    breaching = sum(1 for o in known if o)
    reason = (
        f"Threshold Crossed: {breaching} out of the last {len(outcomes)} datapoints "
        f"{'were' if breaching != 1 else 'was'} {alarm.comparison_operator} the threshold ({alarm.threshold}) "
        f"(harness evaluation at {now.isoformat()})"
    )
    old_state = alarm.state_value
    alarm.update_state(reason, json.dumps({"version": "1.0", "evaluatedDatapoints": len(known)}), new_state)
    alarm.state_updated_timestamp = _now()
    if not alarm.actions_enabled:
        return
    actions = {"ALARM": alarm.alarm_actions, "OK": alarm.ok_actions, "INSUFFICIENT_DATA": alarm.insufficient_data_actions}[new_state]
    message = json.dumps(
        {
            "AlarmName": alarm.name,
            "AlarmDescription": alarm.description,
            "AWSAccountId": backend.account_id,
            "NewStateValue": new_state,
            "NewStateReason": reason,
            "StateChangeTime": now.isoformat(),
            "Region": backend.region_name,
            "AlarmArn": alarm.alarm_arn,
            "OldStateValue": old_state,
            "Trigger": {
                "MetricName": alarm.metric_name,
                "Namespace": alarm.namespace,
                "Statistic": alarm.statistic,
                "Dimensions": [{"name": d.name, "value": d.value} for d in alarm.dimensions],
                "Period": alarm.period,
                "EvaluationPeriods": alarm.evaluation_periods,
                "ComparisonOperator": alarm.comparison_operator,
                "Threshold": alarm.threshold,
                "TreatMissingData": treat,
            },
        }
    )
    for action in actions or []:
        if action.split(":")[2] == "sns":
            try:
                _publish(action, message, f'{new_state}: "{alarm.name}" in {backend.region_name}'[:100])
            except Exception:  # noqa: BLE001 - a missing topic drops the notification, as in AWS
                pass


def _evaluate_all(backend: CloudWatchBackend) -> None:
    with _LOCK:
        for alarm in list(backend.alarms.values()):
            _evaluate(backend, alarm)


_orig_put_metric_alarm = CloudWatchBackend.put_metric_alarm


def _put_metric_alarm(self: CloudWatchBackend, *args: Any, **kwargs: Any) -> Alarm:
    """moto created alarms in OK; CloudWatch starts a new alarm in INSUFFICIENT_DATA and evaluates
    it, and an update keeps the state it had."""
    name = kwargs.get("name", args[0] if args else None)
    previous = self.alarms.get(name)
    alarm = _orig_put_metric_alarm(self, *args, **kwargs)
    with _LOCK:
        if previous is not None:
            alarm.state_value = previous.state_value
            alarm.state_reason = previous.state_reason
            alarm.state_updated_timestamp = previous.state_updated_timestamp
        else:
            alarm.state_value = "INSUFFICIENT_DATA"
            alarm.state_reason = "Unchecked: Initial alarm creation"
        _evaluate(self, alarm)
    return alarm


CloudWatchBackend.put_metric_alarm = _put_metric_alarm  # type: ignore[method-assign]

_orig_put_metric_data = CloudWatchBackend.put_metric_data


def _put_metric_data(self: CloudWatchBackend, namespace: str, metric_data: list[dict[str, Any]]) -> None:
    """Datapoints without a timestamp take the harness clock's; then the alarms are evaluated."""
    for datum in metric_data:
        datum.setdefault("Timestamp", _now())
    _orig_put_metric_data(self, namespace, metric_data)
    _evaluate_all(self)


CloudWatchBackend.put_metric_data = _put_metric_data  # type: ignore[method-assign]


def _evaluate_everywhere(advance_seconds: float) -> dict[str, Any]:
    global _clock_offset
    with _LOCK:
        _clock_offset += datetime.timedelta(seconds=advance_seconds)
    states = []
    for account_id, by_region in list(cloudwatch_backends.items()):
        for region, backend in list(by_region.items()):
            _evaluate_all(backend)
            states.extend(
                {"account": account_id, "region": region, "name": a.name, "state": a.state_value}
                for a in backend.alarms.values()
            )
    return {"now": _now().isoformat(), "alarms": states}


# --------------------------------------------------------------------------------------------
# 5. Replication verdicts: datapoints and failure events
# --------------------------------------------------------------------------------------------

FAILURE_EVENT = "s3:Replication:OperationFailedReplication"


def _rule_of(bucket: Any, rule_id: str | None) -> dict[str, Any]:
    config = getattr(bucket, "replication", None) or {}
    for rule in replication._as_list(config.get("Rule")):
        if rule.get("ID") == rule_id:
            return rule
    return {}


def _metrics_enabled(rule: dict[str, Any]) -> bool:
    return ((rule.get("Destination") or {}).get("Metrics") or {}).get("Status") == "Enabled"


def _put_datapoint(job: dict[str, Any], destination: dict[str, Any], metric: str, value: float, unit: str) -> None:
    source = job["source"]
    backend = cloudwatch_backends[source["account"]][source["region"]]
    backend.put_metric_data(
        "AWS/S3",
        [
            {
                "MetricName": metric,
                "Value": value,
                "Unit": unit,
                "Timestamp": _now(),
                "Dimensions": [
                    {"Name": "SourceBucket", "Value": source["bucket"]},
                    {"Name": "DestinationBucket", "Value": destination["bucket"]},
                    {"Name": "RuleId", "Value": destination.get("ruleId") or ""},
                ],
            }
        ],
    )


def _failure_event(job: dict[str, Any], entry: dict[str, Any], destination: dict[str, Any], reason: str, configuration_id: str) -> dict[str, Any]:
    """S3's event message, version 2.2 (user guide, "Event message structure"), with the
    replicationEventData of a failed operation."""
    source = job["source"]
    version = entry["version"]
    bucket = entry["bucket"]
    now = _now().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return {
        "Records": [
            {
                "eventVersion": "2.2",
                "eventSource": "aws:s3",
                "awsRegion": source["region"],
                "eventTime": now,
                "eventName": FAILURE_EVENT[3:],
                "userIdentity": {"principalId": "s3.amazonaws.com"},
                "requestParameters": {"sourceIPAddress": "s3.amazonaws.com"},
                "responseElements": {
                    "x-amz-request-id": random.get_random_hex(16).upper(),
                    "x-amz-id-2": random.get_random_hex(32),
                },
                "s3": {
                    "s3SchemaVersion": "1.0",
                    "configurationId": configuration_id,
                    "bucket": {
                        "name": source["bucket"],
                        "ownerIdentity": {"principalId": source["account"]},
                        "arn": f"arn:{source['partition']}:s3:::{source['bucket']}",
                    },
                    "object": {
                        "key": quote_plus(source["key"]),
                        "size": getattr(version, "size", 0),
                        "eTag": str(getattr(version, "etag", "")).strip('"'),
                        "versionId": source["versionId"],
                        "sequencer": random.get_random_hex(16).upper(),
                    },
                },
                "replicationEventData": {
                    "replicationRuleId": destination.get("ruleId"),
                    "destinationBucket": destination.get("bucketArn") or f"arn:{source['partition']}:s3:::{destination['bucket']}",
                    "s3Operation": "OBJECT_PUT" if job["kind"] == "object" else "DELETE_MARKER_PUT",
                    "requestTime": datetime.datetime.fromtimestamp(job["enqueuedAt"] / 1000, datetime.timezone.utc)
                    .strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
                    + "Z",
                    "failureReason": reason,
                },
            }
        ]
    }


def _deliver(target: dict[str, Any], body: dict[str, Any]) -> None:
    text = json.dumps(body)
    if target["kind"] == "topic":
        _publish(target["arn"], text, "Amazon S3 Notification")
    elif target["kind"] == "queue":
        _, region, account = _arn_parts(target["arn"])
        sqs_backends[account][region].send_message(target["arn"].split(":")[-1], text)


def _on_verdicts(entry: dict[str, Any], record: dict[str, Any], body: dict[str, Any]) -> None:
    """After a job is decided: datapoints for destinations with metrics, failure events for the
    FAILED ones, to the targets the stand-in found S3 may publish to."""
    job = entry["job"]
    bucket = entry["bucket"]
    events_in = body.get("events") or {}
    reasons = events_in.get("failureReasons") or {}
    targets = [t for t in replication._as_list(events_in.get("targets")) if isinstance(t, dict)]
    sent: list[dict[str, Any]] = []
    for destination in record["destinations"]:
        rule = _rule_of(bucket, destination.get("ruleId"))
        if not _metrics_enabled(rule):
            continue  # S3 publishes neither metrics nor failure events for a rule without metrics
        if destination["status"] == "COMPLETED":
            _put_datapoint(job, destination, "ReplicationLatency", record["latencyMs"] / 1000, "Seconds")
            continue
        _put_datapoint(job, destination, "OperationsFailedReplication", 1, "Count")
        reason = reasons.get(destination["bucket"])
        if not reason:
            continue  # the stand-in itself failed: no event pretends to know why
        key = job["source"]["key"]
        for target in targets:
            matches = any(e in (FAILURE_EVENT, "s3:Replication:*") for e in target.get("events") or []) and key.startswith(
                target.get("prefix") or ""
            ) and key.endswith(target.get("suffix") or "")
            if not matches:
                continue
            outcome = {"destination": destination["bucket"], "target": target["arn"], "failureReason": reason}
            if target.get("delivered") and target["kind"] in ("topic", "queue"):
                _deliver(target, _failure_event(job, entry, destination, reason, target.get("id") or "failure-events"))
                sent.append({**outcome, "delivered": True})
            else:
                sent.append({**outcome, "delivered": False, "why": target.get("why") or f"{target['kind']} targets are not modelled"})
    record["events"] = sent


_orig_complete = replication._complete


def _complete(body: Any) -> dict[str, Any]:
    """replication.py's verdict handler, then this module's consequences of the verdicts."""
    with replication._LOCK:
        entry = replication._pending.get(body.get("id")) if isinstance(body, dict) else None
        record = _orig_complete(body)
        if entry is not None:
            _on_verdicts(entry, record, body)
    return record


replication._complete = _complete


# --------------------------------------------------------------------------------------------
# Harness endpoints, and reset
# --------------------------------------------------------------------------------------------

_orig_dispatch = DomainDispatcherApplication.__call__


def _dispatch(self: DomainDispatcherApplication, environ: dict[str, Any], start_response: Any) -> Any:
    path = str(environ.get("PATH_INFO", ""))
    request = Request(environ)
    if path == "/_harness/cloudwatch/evaluate" and request.method == "POST":
        payload = request.get_json(force=True, silent=True) or {}
        result = _evaluate_everywhere(float(payload.get("advanceSeconds") or 0))
        return Response(json.dumps(result), mimetype="application/json")(environ, start_response)
    if path == "/_harness/sns/deliveries" and request.method == "GET":
        with _LOCK:
            body = json.dumps({"deliveries": list(_deliveries)})
        return Response(body, mimetype="application/json")(environ, start_response)
    return _orig_dispatch(self, environ, start_response)


DomainDispatcherApplication.__call__ = _dispatch  # type: ignore[method-assign]

_orig_reset = MotoAPIBackend.reset


def _reset(self: MotoAPIBackend) -> None:
    global _clock_offset
    with _LOCK:
        _deliveries.clear()
        _clock_offset = datetime.timedelta(0)
    _orig_reset(self)


MotoAPIBackend.reset = _reset  # type: ignore[method-assign]
