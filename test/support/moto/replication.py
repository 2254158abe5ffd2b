"""The in-process half of the harness's S3 replication stand-in (see test/REPLICATION.md).

moto 5.2.5 stores replication configurations and replicates nothing: no object version ever reads
PENDING, COMPLETED, FAILED or REPLICA, and no replica appears. S3's replication is an
asynchronous job that acts as the configuration's role, so it is split in two:

- here, inside the moto process, what S3's data plane knows without asking IAM: which new object
  versions and delete markers a configuration selects (Filter, Status, priority per destination,
  SseKmsEncryptedObjects, DeleteMarkerReplication), the PENDING mark on the source version, the
  queue, and, once a verdict arrives, the replica written with the source's version id, body,
  metadata, checksum and tags, and the final COMPLETED or FAILED status;
- in Node (test/support/replication-standin.ts), every decision that needs a policy: it polls the
  queue, reads the live role, bucket and key policies through the real APIs and evaluates them with
  the tests' IAM policy simulator, then posts one verdict per destination.

Harness endpoints on the moto server (JSON):
    GET  /_harness/replication/pending    jobs waiting for a verdict, with live facts
    POST /_harness/replication/complete   {"id", "destinations": [verdict...], "checks": [...]}
    GET  /_harness/replication/log        every finished job: verdicts, reasons, latency

Loaded by launch.py after patches.py, under the same switch. Buckets without a replication
configuration keep moto's behaviour untouched.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlparse

import moto
from moto.moto_api._internal.models import MotoAPIBackend
from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.s3 import responses as s3_responses
from moto.s3.models import FakeBucket, FakeDeleteMarker, FakeKey, s3_backends
from werkzeug.wrappers import Request, Response

if moto.__version__ != "5.2.5":  # the hooks below replace functions of this exact version
    raise RuntimeError(f"test/support/moto/replication.py targets moto 5.2.5, found {moto.__version__}")

HARNESS_PREFIX = "/_harness/replication/"

# One lock for the queue, the log and the writes of replicas: requests arrive on many threads.
_LOCK = threading.RLock()
_ids = itertools.count(1)
_pending: dict[int, dict[str, Any]] = {}
_records: list[dict[str, Any]] = []

# The replication status S3 reports for a version lives on the version itself, like S3's metadata.
_STATUS_ATTR = "_harness_replication_status"


def _now_ms() -> int:
    return int(time.time() * 1000)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _bucket(name: str) -> FakeBucket | None:
    """A bucket by name in whichever account owns it: S3 bucket names are global."""
    owner = s3_backends.bucket_accounts.get(name)
    if owner is None:
        return None
    partition, account_id = owner
    return s3_backends[account_id][partition].buckets.get(name)


def _tags_of(version: FakeKey) -> dict[str, str]:
    # moto files an object's tags under the backend of the account that wrote it (FakeKey.account_id).
    return s3_backends[version.account_id][version.partition].tagger.get_tag_dict_for_resource(version.arn)


# --------------------------------------------------------------------------------------------
# 1. x-amz-replication-status on HeadObject / GetObject
# --------------------------------------------------------------------------------------------

_orig_response_dict = FakeKey.response_dict


def _response_dict(self: FakeKey) -> dict[str, Any]:
    """moto's FakeKey has no replication status at all; S3 returns it on HEAD and GET."""
    headers = _orig_response_dict.fget(self)  # type: ignore[attr-defined]
    status = getattr(self, _STATUS_ATTR, None)
    if status:
        headers["x-amz-replication-status"] = status
    return headers


FakeKey.response_dict = property(_response_dict)  # type: ignore[assignment,method-assign]


# --------------------------------------------------------------------------------------------
# 2. Which rules select a new version (S3's own choice, made when the version is written)
# --------------------------------------------------------------------------------------------


def _priority(rule: dict[str, Any]) -> int:
    try:
        return int(rule.get("Priority") or 0)
    except ValueError:
        return 0


def _has_tag_filter(rule: dict[str, Any]) -> bool:
    rule_filter = rule.get("Filter") or {}
    return "Tag" in rule_filter or bool((rule_filter.get("And") or {}).get("Tag"))


def _filter_matches(rule: dict[str, Any], key_name: str, tags: dict[str, str]) -> bool:
    """V2 Filter (Prefix | Tag | And{Prefix, Tag...}) or a V1 rule-level Prefix, as stored by moto."""
    if "Filter" not in rule:
        return key_name.startswith(rule.get("Prefix") or "")
    rule_filter = rule.get("Filter") or {}
    if "And" in rule_filter:
        and_filter = rule_filter.get("And") or {}
        wanted = _as_list(and_filter.get("Tag"))
        return key_name.startswith(and_filter.get("Prefix") or "") and all(
            tags.get(t.get("Key")) == (t.get("Value") or "") for t in wanted
        )
    if "Tag" in rule_filter:
        tag = rule_filter.get("Tag") or {}
        return tags.get(tag.get("Key")) == (tag.get("Value") or "")
    return key_name.startswith(rule_filter.get("Prefix") or "")


def _selects_sse_kms(rule: dict[str, Any]) -> bool:
    criteria = (rule.get("SourceSelectionCriteria") or {}).get("SseKmsEncryptedObjects") or {}
    return criteria.get("Status") == "Enabled"


def _replicates_delete_markers(rule: dict[str, Any]) -> bool:
    if "Filter" not in rule:
        return True  # V1 rules replicate delete markers; the option exists only in the V2 schema
    return ((rule.get("DeleteMarkerReplication") or {}).get("Status")) == "Enabled"


def _bucket_name_of(arn: str) -> str:
    return arn.split(":::", 1)[-1]


def _destination_of(rule: dict[str, Any]) -> dict[str, Any]:
    destination = rule.get("Destination") or {}
    translation = destination.get("AccessControlTranslation") or {}
    return {
        "ruleId": rule.get("ID"),
        "priority": _priority(rule),
        "bucket": _bucket_name_of(destination.get("Bucket", "")),
        "bucketArn": destination.get("Bucket"),
        "account": destination.get("Account"),
        "replicaKmsKeyId": (destination.get("EncryptionConfiguration") or {}).get("ReplicaKmsKeyID"),
        "storageClass": destination.get("StorageClass"),
        "ownerOverride": translation.get("Owner") == "Destination",
    }


def _destinations_for(
    replication: dict[str, Any], key_name: str, tags: dict[str, str], sse_kms: bool, delete_marker: bool
) -> list[dict[str, Any]]:
    """One destination per bucket, from the highest-priority enabled rule whose filter matches.

    That rule alone then decides: an SSE-KMS object needs its SseKmsEncryptedObjects criterion
    (otherwise S3 skips the object silently, no status), a delete marker its
    DeleteMarkerReplication. Delete markers carry no tags, so tag-filtered rules never match them."""
    winners: dict[str, dict[str, Any]] = {}
    for rule in _as_list(replication.get("Rule")):
        if rule.get("Status") != "Enabled":
            continue
        if delete_marker and _has_tag_filter(rule):
            continue
        if not _filter_matches(rule, key_name, {} if delete_marker else tags):
            continue
        bucket = _bucket_name_of((rule.get("Destination") or {}).get("Bucket", ""))
        if bucket not in winners or _priority(rule) > _priority(winners[bucket]):
            winners[bucket] = rule
    chosen = []
    for rule in winners.values():
        if delete_marker and not _replicates_delete_markers(rule):
            continue
        if not delete_marker and sse_kms and not _selects_sse_kms(rule):
            continue
        chosen.append(_destination_of(rule))
    return chosen


def _is_sse_kms(version: FakeKey) -> bool:
    return str(version.encryption or "").startswith("aws:kms")


def _enqueue(bucket: FakeBucket, key_name: str, version: Any) -> None:
    replication = getattr(bucket, "replication", None)
    if not replication:
        return
    delete_marker = isinstance(version, FakeDeleteMarker)
    if not delete_marker and getattr(version, _STATUS_ATTR, None) == "REPLICA":
        return  # a replica is never replicated again
    tags = {} if delete_marker else _tags_of(version)
    destinations = _destinations_for(
        replication, key_name, tags, sse_kms=not delete_marker and _is_sse_kms(version), delete_marker=delete_marker
    )
    if not destinations:
        return
    job = {
        "id": next(_ids),
        "kind": "delete-marker" if delete_marker else "object",
        "source": {
            "bucket": bucket.name,
            "key": key_name,
            "versionId": version.version_id,
            "account": bucket.account_id,
            "region": bucket.region_name,
            "partition": bucket.partition,
        },
        "role": replication.get("Role"),
        "destinations": destinations,
        "enqueuedAt": _now_ms(),
    }
    with _LOCK:
        if not delete_marker:
            # S3 marks the version at write time: HeadObject right after PutObject reads PENDING.
            setattr(version, _STATUS_ATTR, "PENDING")
        _pending[job["id"]] = {"job": job, "version": version, "bucket": bucket}


def _syncs_replica_modifications(rule: dict[str, Any]) -> bool:
    criteria = (rule.get("SourceSelectionCriteria") or {}).get("ReplicaModifications") or {}
    return criteria.get("Status") == "Enabled"


def _enqueue_replica_tags(bucket: FakeBucket, key_name: str, version: Any) -> None:
    """Replica modification sync: a tag change on a REPLICA flows to the destinations of the
    replica bucket's own rules that have ReplicaModifications enabled (in a two-way pair: back to
    the origin). Only the tags travel; the origin's version with the same id gets them, keeps its
    status, and queues nothing, so a change never bounces back and forth."""
    replication = getattr(bucket, "replication", None)
    if not replication or isinstance(version, FakeDeleteMarker):
        return
    if getattr(version, _STATUS_ATTR, None) != "REPLICA":
        return
    tags = _tags_of(version)
    syncing = {"Rule": [r for r in _as_list(replication.get("Rule")) if _syncs_replica_modifications(r)]}
    destinations = _destinations_for(syncing, key_name, tags, sse_kms=_is_sse_kms(version), delete_marker=False)
    if not destinations:
        return
    job = {
        "id": next(_ids),
        "kind": "replica-tags",
        "source": {
            "bucket": bucket.name,
            "key": key_name,
            "versionId": version.version_id,
            "account": bucket.account_id,
            "region": bucket.region_name,
            "partition": bucket.partition,
        },
        "role": replication.get("Role"),
        "destinations": destinations,
        "enqueuedAt": _now_ms(),
    }
    with _LOCK:
        _pending[job["id"]] = {"job": job, "version": version, "bucket": bucket}


# --------------------------------------------------------------------------------------------
# 3. The hook: every request that can add a version to a replicated bucket
# --------------------------------------------------------------------------------------------

_orig_key_response = s3_responses.S3Response._key_response


def _key_response(self: Any, request: Any, full_url: str) -> Any:
    """PutObject, CopyObject, CompleteMultipartUpload and DeleteObject all go through here.

    Comparing the key's version list before and after the request finds exactly the versions the
    request created (none for tagging, ACLs, part uploads or version deletes, which S3 does not
    replicate), after moto has applied the request's tags, which a Tag filter needs."""
    if request.method not in ("PUT", "POST", "DELETE"):
        return _orig_key_response(self, request, full_url)
    bucket = _bucket(self.parse_bucket_name_from_url(request, full_url))
    if bucket is None or not getattr(bucket, "replication", None):
        return _orig_key_response(self, request, full_url)
    key_name = self.parse_key_name()
    before = list(bucket.keys.getlist(key_name, []))
    response = _orig_key_response(self, request, full_url)
    after = list(bucket.keys.getlist(key_name, []))
    for version in after:
        if not any(version is old for old in before):
            _enqueue(bucket, key_name, version)
    query = parse_qs(urlparse(full_url).query, keep_blank_values=True)
    if request.method == "PUT" and "tagging" in query and after:
        wanted = (query.get("versionId") or [None])[0]
        tagged = next((v for v in after if v.version_id == wanted), None) if wanted else after[-1]
        if tagged is not None:
            _enqueue_replica_tags(bucket, key_name, tagged)
    return response


s3_responses.S3Response._key_response = _key_response  # type: ignore[method-assign]


# --------------------------------------------------------------------------------------------
# 4. The queue as the Node side sees it, and the verdicts it posts back
# --------------------------------------------------------------------------------------------


class _HarnessError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _still_stored(entry: dict[str, Any]) -> bool:
    version = entry["version"]
    return any(v is version for v in entry["bucket"].keys.getlist(version.name, []))


def _object_facts(version: FakeKey) -> dict[str, Any]:
    return {
        "encryption": version.encryption,
        "kmsKeyId": version.kms_key_id if _is_sse_kms(version) else None,
        "bucketKeyEnabled": _is_sse_kms(version) and _truthy(version.bucket_key_enabled),
        "tags": _tags_of(version),
        "size": version.size,
        "storageClass": version.storage_class,
    }


def _owner_of(bucket_name: str) -> dict[str, str] | None:
    bucket = _bucket(bucket_name)
    return None if bucket is None else {"account": bucket.account_id, "region": bucket.region_name}


def _pending_view(entry: dict[str, Any]) -> dict[str, Any]:
    """The job plus the facts S3 itself knows at processing time, read live: the source version
    (gone if it was deleted meanwhile) and where each destination bucket lives, if it exists."""
    job = dict(entry["job"])
    if job["kind"] in ("object", "replica-tags"):
        job["object"] = _object_facts(entry["version"]) if _still_stored(entry) else None
    job["destinations"] = [{**d, "owner": _owner_of(d["bucket"])} for d in job["destinations"]]
    return job


def _pending_jobs() -> list[dict[str, Any]]:
    with _LOCK:
        return [_pending_view(entry) for _, entry in sorted(_pending.items())]


class _WriteRefused(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def _target_bucket(destination: dict[str, Any]) -> FakeBucket:
    """S3 re-checks the destination when it writes; a verdict may be older than the bucket's state."""
    bucket = _bucket(destination["bucket"])
    if bucket is None:
        raise _WriteRefused("DstBucketNotFound", f"bucket {destination['bucket']} does not exist")
    if not bucket.is_versioned:
        raise _WriteRefused("DstBucketUnversioned", f"versioning of {bucket.name} is {bucket.versioning_status}")
    return bucket


def _write_replica(entry: dict[str, Any], destination: dict[str, Any], verdict: dict[str, Any]) -> None:
    target = _target_bucket(destination)
    source = entry["version"]
    if not _still_stored(entry):
        raise _WriteRefused("SrcVersionNotFound", "the source version was deleted before it was replicated")
    existing = list(target.keys.getlist(source.name, []))
    if entry["job"]["kind"] == "replica-tags":
        origin = next((v for v in existing if v.version_id == source.version_id), None)
        if origin is None:
            raise _WriteRefused("DstVersionNotFound", f"{target.name} has no version {source.version_id} of the key")
        s3_backends[target.account_id][target.partition].put_object_tagging(origin, _tags_of(source))
        return
    if entry["job"]["kind"] == "delete-marker":
        # Only the name of the key a marker points at is used; the source marker serves when the
        # destination has no version of the key.
        marker = FakeDeleteMarker(key=existing[-1] if existing else source)
        marker._version_id = source.version_id
        target.keys.setlist(source.name, existing + [marker])
        return
    sse_kms = _is_sse_kms(source)
    replica = FakeKey(
        name=source.name,
        value=source.value,
        account_id=target.account_id,
        region_name=target.region_name,
        storage=destination.get("storageClass") or source.storage_class,
        etag=source.etag.strip('"'),
        is_versioned=True,
        version_id=source.version_id,
        bucket_name=target.name,
        encryption="aws:kms" if sse_kms else source.encryption,
        kms_key_id=verdict.get("replicaKmsKeyArn") if sse_kms else None,
        bucket_key_enabled="true" if sse_kms and verdict.get("bucketKeyEnabled") else None,
        checksum_value=source.checksum_value,
        checksum_type=source.checksum_type,
        checksum_parts=source.checksum_parts,
    )
    replica.checksum_algorithm = source.checksum_algorithm
    replica.set_metadata(dict(source.metadata))
    replica.website_redirect_location = source.website_redirect_location
    setattr(replica, _STATUS_ATTR, "REPLICA")
    target.keys.setlist(source.name, existing + [replica])
    tags = _tags_of(source)
    if tags and verdict.get("replicateTags"):
        s3_backends[target.account_id][target.partition].put_object_tagging(replica, tags)


def _complete(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict) or not isinstance(body.get("id"), int):
        raise _HarnessError(400, 'expected {"id": <job id>, "destinations": [...]}')
    verdicts = {v.get("bucket"): v for v in _as_list(body.get("destinations")) if isinstance(v, dict)}
    with _LOCK:
        entry = _pending.get(body["id"])
        if entry is None:
            raise _HarnessError(409, f"job {body['id']} is not pending (finished already, or reset)")
        job = entry["job"]
        missing = [d["bucket"] for d in job["destinations"] if d["bucket"] not in verdicts]
        if missing:
            raise _HarnessError(400, f"job {job['id']}: no verdict for destination(s) {', '.join(missing)}")
        del _pending[job["id"]]
        results = []
        for destination in job["destinations"]:
            verdict = dict(verdicts[destination["bucket"]])
            if verdict.get("status") == "COMPLETED":
                try:
                    _write_replica(entry, destination, verdict)
                except _WriteRefused as refused:
                    verdict.update(status="FAILED", code=refused.code, reason=refused.message)
            elif verdict.get("status") != "FAILED":
                unknown = f"unknown verdict {verdict.get('status')!r}"
                verdict.update(status="FAILED", code="StandInError", reason=unknown)
            results.append({**destination, **verdict})
        # COMPLETED only when every destination succeeded; one failure is FAILED, never retried.
        status = "COMPLETED" if all(r["status"] == "COMPLETED" for r in results) else "FAILED"
        if job["kind"] == "object" and _still_stored(entry):
            setattr(entry["version"], _STATUS_ATTR, status)
        finished = _now_ms()
        record = {
            **job,
            "destinations": results,
            "status": status,
            "checks": _as_list(body.get("checks")),
            "finishedAt": finished,
            "latencyMs": finished - job["enqueuedAt"],
        }
        _records.append(record)
        return record


def _handle(request: Request) -> tuple[int, Any]:
    route = (request.method, request.path)
    if route == ("GET", HARNESS_PREFIX + "pending"):
        return 200, {"jobs": _pending_jobs()}
    if route == ("POST", HARNESS_PREFIX + "complete"):
        return 200, {"record": _complete(request.get_json(force=True, silent=True))}
    if route == ("GET", HARNESS_PREFIX + "log"):
        with _LOCK:
            return 200, {"records": list(_records)}
    raise _HarnessError(404, f"no harness route {request.method} {request.path}")


def _harness_app(environ: dict[str, Any], start_response: Any) -> Any:
    request = Request(environ)
    try:
        status, body = _handle(request)
    except _HarnessError as error:
        status, body = error.status, {"error": error.message}
    response = Response(json.dumps(body), status=status, mimetype="application/json")
    return response(environ, start_response)


_orig_dispatch = DomainDispatcherApplication.__call__


def _dispatch(self: DomainDispatcherApplication, environ: dict[str, Any], start_response: Any) -> Any:
    """moto routes every path to an AWS service; the harness's own paths never reach it."""
    if str(environ.get("PATH_INFO", "")).startswith(HARNESS_PREFIX):
        return _harness_app(environ, start_response)
    return _orig_dispatch(self, environ, start_response)


DomainDispatcherApplication.__call__ = _dispatch  # type: ignore[method-assign]

# POST /moto-api/reset drops every bucket; jobs and records about them must go too.
_orig_reset = MotoAPIBackend.reset


def _reset(self: MotoAPIBackend) -> None:
    with _LOCK:
        _pending.clear()
        _records.clear()
    _orig_reset(self)


MotoAPIBackend.reset = _reset  # type: ignore[method-assign]
