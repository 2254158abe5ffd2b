"""The in-process half of the harness's S3 Batch Operations stand-in (see test/REPLICATION.md).

moto 5.2.5 serves no Batch Operations job API: S3 Control's CreateJob, DescribeJob and ListJobs
answer 404. S3 Batch Replication is a job that S3 runs on its own engine, as the job's role, so it
is split like the replication stand-in:

- here, inside the moto process, what S3 knows without asking IAM: the S3 Control job API (the
  real SDK client talks to it), the manifest S3 generates from the source bucket (versions the live
  rules select, filtered by replication status and key name), the job's states, one replication
  job per task handed to the replication stand-in's queue (replication.py), and the completion
  report written in S3's format once every task has an outcome;
- in Node (test/support/batch-standin.ts), every decision that needs a policy: whether Batch
  Operations may assume the job's role and generate the manifest and write the report with it,
  and whether the role may start replication of each object (s3:InitiateReplication). The
  replication itself is then decided by the replication stand-in, as the replication role.

Harness endpoints on the moto server (JSON):
    GET  /_harness/batch/pending?tasks=N   jobs waiting for a decision (New; Active with tasks)
    POST /_harness/batch/prepare           {"id", "checks": [...], "failure": null | {code, reason}}
    POST /_harness/batch/tasks             {"id", "results": [{"index", "allowed", "code", "reason"}]}
    GET  /_harness/batch/log               every job, its states with times, its tasks

Loaded by launch.py after replication.py, under the same switch.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, quote

import moto
import replication as live
from moto.iam import policy_validation
from moto.iam.models import get_account_id_from
from moto.moto_api._internal.models import MotoAPIBackend
from moto.moto_server.werkzeug_app import DomainDispatcherApplication
from moto.s3.models import FakeDeleteMarker, s3_backends
from werkzeug.wrappers import Request, Response

if moto.__version__ != "5.2.5":  # the hooks below replace functions of this exact version
    raise RuntimeError(f"test/support/moto/batch.py targets moto 5.2.5, found {moto.__version__}")

# moto's IAM policy validator takes every S3 ARN but an access point's to be regionless, and refuses
# a policy naming any other ("can not contain region information"). Batch Operations jobs are
# regional, arn:PARTITION:s3:REGION:ACCOUNT:job/ID (IAM Service Authorization Reference, Amazon S3
# resource types): a policy that names them, like the bootstrap's BackfillPolicy, is accepted as IAM
# accepts it.
_S3_REGIONAL = policy_validation.SERVICE_TYPE_REGION_INFORMATION_ERROR_ASSOCIATIONS["s3"]
_S3_REGIONAL["valid_starting_values"] = [*_S3_REGIONAL.get("valid_starting_values", []), "job/"]

JOBS_PATH = "/v20180820/jobs"
HARNESS_PREFIX = "/_harness/batch/"
NS = "http://awss3control.amazonaws.com/doc/2018-08-20/"
FINISHED = ("Complete", "Failed", "Cancelled")
STATUSES = ("NONE", "FAILED", "COMPLETED", "REPLICA")
REPORT_SCHEMA = "Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage"

# The replication stand-in's lock: tasks and replication jobs change together.
_LOCK = live._LOCK
_jobs: dict[str, dict[str, Any]] = {}
# (account, ClientRequestToken) -> job id: S3 answers a repeated token with the job it made.
_tokens: dict[tuple[str, str], str] = {}


class _ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _now() -> float:
    return time.time()


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# --------------------------------------------------------------------------------------------
# 1. The S3 Control job API, as XML over HTTP
# --------------------------------------------------------------------------------------------


def _strip(element: ET.Element) -> ET.Element:
    """The request's elements without their namespace, so they can be read and echoed back."""
    for e in element.iter():
        if isinstance(e.tag, str) and e.tag.startswith("{"):
            e.tag = e.tag.split("}", 1)[1]
    return element


def _text(parent: ET.Element | None, path: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(path)
    return None if found is None or found.text is None else found.text.strip()


def _members(parent: ET.Element | None, path: str) -> list[str]:
    if parent is None:
        return []
    found = parent.find(path)
    return [] if found is None else [(m.text or "").strip() for m in found.findall("member")]


def _bucket_of_arn(arn: str | None, field: str) -> str:
    m = re.fullmatch(r"arn:aws(-cn|-us-gov)?:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])", arn or "")
    if not m:
        raise _ApiError(400, "InvalidRequest", f"{field} must be a bucket ARN, got {arn!r}")
    return m.group(2)


def _caller(request: Request) -> tuple[str, str]:
    """The account that signed the request and the region it signed for, as moto decides them."""
    region_match = re.search(r"Credential=[^/]+/\d{8}/([^/]+)/", request.headers.get("Authorization", ""))
    region = region_match.group(1) if region_match else "us-east-1"
    if "x-moto-account-id" in request.headers:
        return request.headers["x-moto-account-id"], region
    key = re.search(r"Credential=([^/]+)/", request.headers.get("Authorization", ""))
    return get_account_id_from(key.group(1) if key else ""), region


def _create(request: Request, account: str, region: str) -> dict[str, Any]:
    try:
        root = _strip(ET.fromstring(request.get_data()))
    except ET.ParseError as e:
        raise _ApiError(400, "MalformedXML", f"the request body is not XML: {e}") from e
    operation = root.find("Operation")
    names = [child.tag for child in (operation if operation is not None else [])]
    if names != ["S3ReplicateObject"]:
        raise _ApiError(501, "NotImplemented", f"the harness models operation S3ReplicateObject only, got {names}")
    token = _text(root, "ClientRequestToken") or ""
    if not 1 <= len(token) <= 64:
        raise _ApiError(400, "InvalidRequest", "ClientRequestToken must be 1 to 64 characters")
    role_arn = _text(root, "RoleArn") or ""
    if not re.fullmatch(r"arn:aws(-cn|-us-gov)?:iam::\d{12}:role/[\w+=,.@/-]{1,64}", role_arn):
        raise _ApiError(400, "InvalidRequest", f"RoleArn is not a role ARN: {role_arn!r}")
    priority = _text(root, "Priority")
    if priority is None or not priority.isdigit():
        raise _ApiError(400, "InvalidRequest", "Priority is required, 0 or more")
    description = _text(root, "Description") or ""
    if len(description) > 256:
        raise _ApiError(400, "InvalidRequest", "Description is at most 256 characters")
    if root.find("Manifest") is not None:
        raise _ApiError(501, "NotImplemented", "the harness models generated manifests (ManifestGenerator) only")
    generator = root.find("ManifestGenerator/S3JobManifestGenerator")
    if generator is None:
        raise _ApiError(400, "InvalidRequest", "one of Manifest and ManifestGenerator is required")
    source_bucket = _bucket_of_arn(_text(generator, "SourceBucket"), "SourceBucket")
    enable_output = _text(generator, "EnableManifestOutput") == "true"
    output = generator.find("ManifestOutputLocation")
    if enable_output:
        if output is None:
            raise _ApiError(400, "InvalidRequest", "EnableManifestOutput needs a ManifestOutputLocation")
        _bucket_of_arn(_text(output, "Bucket"), "ManifestOutputLocation.Bucket")
        if _text(output, "ManifestFormat") != "S3InventoryReport_CSV_20211130":
            raise _ApiError(400, "InvalidRequest", "ManifestFormat must be S3InventoryReport_CSV_20211130")
    flt = generator.find("Filter")
    modelled = {"EligibleForReplication", "ObjectReplicationStatuses", "KeyNameConstraint"}
    unmodelled = [c.tag for c in (flt if flt is not None else []) if c.tag not in modelled]
    if unmodelled:
        raise _ApiError(501, "NotImplemented", f"the harness does not filter by {unmodelled}")
    statuses = _members(flt, "ObjectReplicationStatuses")
    bad = [s for s in statuses if s not in STATUSES]
    if bad:
        raise _ApiError(400, "InvalidRequest", f"ObjectReplicationStatuses: unknown {bad}")
    report = root.find("Report")
    if report is None:
        raise _ApiError(400, "InvalidRequest", "Report is required")
    if _text(report, "Enabled") == "true":
        _bucket_of_arn(_text(report, "Bucket"), "Report.Bucket")
        if _text(report, "Format") != "Report_CSV_20180820":
            raise _ApiError(400, "InvalidRequest", "Report.Format must be Report_CSV_20180820")
        if _text(report, "ReportScope") not in ("AllTasks", "FailedTasksOnly"):
            raise _ApiError(400, "InvalidRequest", "Report.ReportScope must be AllTasks or FailedTasksOnly")

    with _LOCK:
        known = _tokens.get((account, token))
        if known is not None:
            return _jobs[known]
        partition = "aws" if not role_arn.startswith("arn:aws-") else role_arn.split(":")[1]
        job_id = str(uuid.uuid4())
        job: dict[str, Any] = {
            "id": job_id,
            "account": account,
            "region": region,
            "partition": partition,
            "arn": f"arn:{partition}:s3:{region}:{account}:job/{job_id}",
            "status": "New",
            "history": [{"status": "New", "at": _now()}],
            "created": _now(),
            "terminated": None,
            "activeSince": None,
            "activeSeconds": 0,
            "description": description,
            "priority": int(priority),
            "roleArn": role_arn,
            "token": token,
            "confirmationRequired": _text(root, "ConfirmationRequired") == "true",
            "operation": operation,
            "report": report,
            "generator": root.find("ManifestGenerator"),
            "sourceBucket": source_bucket,
            "expectedSourceOwner": _text(generator, "ExpectedBucketOwner"),
            "statuses": statuses,
            "eligibleForReplication": _text(flt, "EligibleForReplication") == "true",
            "keyNames": {
                "prefix": _members(flt, "KeyNameConstraint/MatchAnyPrefix"),
                "suffix": _members(flt, "KeyNameConstraint/MatchAnySuffix"),
                "substring": _members(flt, "KeyNameConstraint/MatchAnySubstring"),
            },
            "manifestOutput": (
                {
                    "bucket": _bucket_of_arn(_text(output, "Bucket"), "ManifestOutputLocation.Bucket"),
                    "prefix": (_text(output, "ManifestPrefix") or "").rstrip("/"),
                    "expectedOwner": _text(output, "ExpectedManifestBucketOwner"),
                }
                if enable_output and output is not None
                else None
            ),
            "reportOutput": (
                {
                    "bucket": _bucket_of_arn(_text(report, "Bucket"), "Report.Bucket"),
                    "prefix": (_text(report, "Prefix") or "").rstrip("/"),
                    "scope": _text(report, "ReportScope"),
                    "expectedOwner": _text(report, "ExpectedBucketOwner"),
                }
                if _text(report, "Enabled") == "true"
                else None
            ),
            "tasks": None,
            "failureReasons": [],
            "statusUpdateReason": None,
            "generatedManifest": None,
            "prepareChecks": [],
        }
        _jobs[job_id] = job
        _tokens[(account, token)] = job_id
        return job


def _sub(parent: ET.Element, tag: str, text: Any = None) -> ET.Element:
    e = ET.SubElement(parent, tag)
    if text is not None:
        e.text = str(text)
    return e


def _progress(parent: ET.Element, job: dict[str, Any]) -> None:
    summary = _sub(parent, "ProgressSummary")
    tasks = job["tasks"]
    if tasks is not None:
        _sub(summary, "TotalNumberOfTasks", len(tasks))
        _sub(summary, "NumberOfTasksSucceeded", sum(1 for t in tasks if t["state"] == "succeeded"))
        _sub(summary, "NumberOfTasksFailed", sum(1 for t in tasks if t["state"] == "failed"))
    timers = _sub(summary, "Timers")
    _sub(timers, "ElapsedTimeInActiveSeconds", int(_active_seconds(job)))


def _active_seconds(job: dict[str, Any]) -> float:
    if job["activeSince"] is None:
        return job["activeSeconds"]
    return job["activeSeconds"] + (_now() - job["activeSince"])


def _describe_xml(job: dict[str, Any]) -> ET.Element:
    root = ET.Element("DescribeJobResult", xmlns=NS)
    j = _sub(root, "Job")
    _sub(j, "JobId", job["id"])
    _sub(j, "ConfirmationRequired", str(job["confirmationRequired"]).lower())
    _sub(j, "Description", job["description"])
    _sub(j, "JobArn", job["arn"])
    _sub(j, "Status", job["status"])
    j.append(job["operation"])
    _sub(j, "Priority", job["priority"])
    _progress(j, job)
    if job["statusUpdateReason"]:
        _sub(j, "StatusUpdateReason", job["statusUpdateReason"])
    if job["failureReasons"]:
        reasons = _sub(j, "FailureReasons")
        for f in job["failureReasons"]:
            m = _sub(reasons, "member")
            _sub(m, "FailureCode", f["code"])
            _sub(m, "FailureReason", f["reason"])
    j.append(job["report"])
    _sub(j, "CreationTime", _iso(job["created"]))
    if job["terminated"] is not None:
        _sub(j, "TerminationDate", _iso(job["terminated"]))
    _sub(j, "RoleArn", job["roleArn"])
    j.append(job["generator"])
    if job["generatedManifest"]:
        descriptor = _sub(j, "GeneratedManifestDescriptor")
        _sub(descriptor, "Format", "S3InventoryReport_CSV_20211130")
        location = _sub(descriptor, "Location")
        _sub(location, "ObjectArn", job["generatedManifest"]["arn"])
        _sub(location, "ETag", job["generatedManifest"]["etag"])
    return root


def _list_xml(account: str, region: str, query: dict[str, list[str]]) -> ET.Element:
    wanted = set(query.get("jobStatuses", []))
    try:
        limit = int((query.get("maxResults") or ["1000"])[0])
        start = int((query.get("nextToken") or ["0"])[0])
    except ValueError as e:
        raise _ApiError(400, "InvalidRequest", "maxResults and nextToken are numbers here") from e
    with _LOCK:
        jobs = sorted(
            (
                j
                for j in _jobs.values()
                if j["account"] == account and j["region"] == region and (not wanted or j["status"] in wanted)
            ),
            key=lambda j: -j["created"],
        )
        root = ET.Element("ListJobsResult", xmlns=NS)
        page = _sub(root, "Jobs")
        for job in jobs[start : start + limit]:
            m = _sub(page, "member")
            _sub(m, "JobId", job["id"])
            _sub(m, "Description", job["description"])
            _sub(m, "Operation", "S3ReplicateObject")
            _sub(m, "Priority", job["priority"])
            _sub(m, "Status", job["status"])
            _sub(m, "CreationTime", _iso(job["created"]))
            if job["terminated"] is not None:
                _sub(m, "TerminationDate", _iso(job["terminated"]))
            _progress(m, job)
        if start + limit < len(jobs):
            _sub(root, "NextToken", start + limit)
    return root


def _xml_response(root: ET.Element, status: int = 200) -> Response:
    body = b'<?xml version="1.0" encoding="UTF-8"?>' + ET.tostring(root)
    return Response(body, status=status, mimetype="application/xml")


def _error_response(error: _ApiError) -> Response:
    root = ET.Element("ErrorResponse")
    e = _sub(root, "Error")
    _sub(e, "Code", error.code)
    _sub(e, "Message", error.message)
    _sub(root, "RequestId", uuid.uuid4().hex[:16].upper())
    return _xml_response(root, error.status)


def _control_app(environ: dict[str, Any], start_response: Any) -> Any:
    request = Request(environ)
    try:
        account, region = _caller(request)
        claimed = request.headers.get("x-amz-account-id")
        if not claimed:
            raise _ApiError(400, "InvalidRequest", "the x-amz-account-id header is required")
        if claimed != account:
            raise _ApiError(403, "AccessDenied", f"x-amz-account-id {claimed} is not the caller's account {account}")
        path = request.path.rstrip("/")
        if request.method == "POST" and path == JOBS_PATH:
            job = _create(request, account, region)
            root = ET.Element("CreateJobResult", xmlns=NS)
            _sub(root, "JobId", job["id"])
            response = _xml_response(root)
        elif request.method == "GET" and path == JOBS_PATH:
            response = _xml_response(_list_xml(account, region, parse_qs(request.query_string.decode())))
        elif request.method == "GET" and path.startswith(JOBS_PATH + "/") and path.count("/") == 3:
            with _LOCK:
                job = _jobs.get(path.rsplit("/", 1)[1])
                if job is None or job["account"] != account or job["region"] != region:
                    raise _ApiError(404, "NotFoundException", f"no job {path.rsplit('/', 1)[1]} in {account}, {region}")
                response = _xml_response(_describe_xml(job))
        else:
            raise _ApiError(501, "NotImplemented", f"the harness does not model {request.method} {request.path}")
    except _ApiError as error:
        response = _error_response(error)
    return response(environ, start_response)


# --------------------------------------------------------------------------------------------
# 2. The manifest S3 generates, the replication each task starts, the completion report
# --------------------------------------------------------------------------------------------


def _set(job: dict[str, Any], status: str) -> None:
    if job["status"] == "Active" and status != "Active" and job["activeSince"] is not None:
        job["activeSeconds"] += _now() - job["activeSince"]
        job["activeSince"] = None
    if status == "Active":
        job["activeSince"] = _now()
    job["status"] = status
    job["history"].append({"status": status, "at": _now()})
    if status in FINISHED:
        job["terminated"] = _now()


def _fail(job: dict[str, Any], code: str, reason: str) -> None:
    job["failureReasons"].append({"code": code, "reason": reason})
    _set(job, "Failing")
    _set(job, "Failed")


def _key_matches(job: dict[str, Any], key: str) -> bool:
    k = job["keyNames"]
    return (
        (not k["prefix"] or any(key.startswith(p) for p in k["prefix"]))
        and (not k["suffix"] or any(key.endswith(s) for s in k["suffix"]))
        and (not k["substring"] or any(s in key for s in k["substring"]))
    )


def _status_of(version: Any) -> str | None:
    status = getattr(version, live._STATUS_ATTR, None)
    if status is None:
        return "NONE"
    return None if status == "PENDING" else status  # PENDING is being replicated: never listed


def _eligible(bucket: Any, key: str, version: Any) -> list[dict[str, Any]]:
    return live._destinations_for(
        bucket.replication, key, live._tags_of(version), sse_kms=live._is_sse_kms(version), delete_marker=False
    )


def _write(bucket_name: str, key: str, body: bytes) -> Any:
    """An object S3 writes itself (SSE-S3, as S3 writes manifests and reports), then treated as any
    new version: the live rules select it like one a client wrote."""
    bucket = live._bucket(bucket_name)
    version = s3_backends[bucket.account_id][bucket.partition].put_object(
        bucket_name, key, body, encryption="AES256", disable_notification=True
    )
    live._enqueue(bucket, key, version)
    return version


def _owner_problem(bucket_name: str, expected: str | None, what: str) -> str | None:
    bucket = live._bucket(bucket_name)
    if bucket is None:
        return f"{what} bucket {bucket_name} does not exist"
    if expected and bucket.account_id != expected:
        return f"{what} bucket {bucket_name} belongs to {bucket.account_id}, not to the expected owner {expected}"
    return None


def _generate(job: dict[str, Any]) -> None:
    """The manifest S3 builds from the source bucket: every version the live configuration selects
    now (EligibleForReplication), with a matching replication status and key name."""
    for problem in filter(
        None,
        [
            _owner_problem(job["sourceBucket"], job["expectedSourceOwner"], "source"),
            job["manifestOutput"]
            and _owner_problem(job["manifestOutput"]["bucket"], job["manifestOutput"]["expectedOwner"], "manifest"),
            job["reportOutput"]
            and _owner_problem(job["reportOutput"]["bucket"], job["reportOutput"]["expectedOwner"], "report"),
        ],
    ):
        return _fail(job, "AccessDenied", problem)
    bucket = live._bucket(job["sourceBucket"])
    if not getattr(bucket, "replication", None):
        return _fail(job, "ReplicationConfigurationNotFoundError", f"bucket {bucket.name} has no replication configuration")
    tasks = []
    for key, versions in sorted(bucket.keys.iterlists()):
        if not _key_matches(job, key):
            continue
        for version in versions:
            if isinstance(version, FakeDeleteMarker):
                continue  # delete markers are not modelled (test/REPLICATION.md)
            status = _status_of(version)
            if status is None or (job["statuses"] and status not in job["statuses"]):
                continue
            if job["eligibleForReplication"] and not _eligible(bucket, key, version):
                continue
            tasks.append(
                {"index": len(tasks), "bucket": bucket.name, "key": key, "versionId": version.version_id, "state": "pending"}
            )
    job["tasks"] = tasks
    if job["manifestOutput"]:
        out = job["manifestOutput"]
        rows = io.StringIO()
        writer = csv.writer(rows, lineterminator="\n")
        for t in tasks:
            writer.writerow([t["bucket"], quote(t["key"], safe="/"), t["versionId"]])
        data = rows.getvalue().encode()
        base = f"{out['prefix']}/job-{job['id']}"
        data_key = f"{base}/data/{hashlib.sha1(data).hexdigest()}.csv"
        _write(out["bucket"], data_key, data)
        manifest = json.dumps(
            {
                "sourceBucket": bucket.name,
                "destinationBucket": f"arn:{job['partition']}:s3:::{out['bucket']}",
                "version": "2021-11-30",
                "fileFormat": "CSV",
                "fileSchema": "Bucket, Key, VersionId",
                "files": [{"key": data_key, "size": len(data), "MD5checksum": hashlib.md5(data).hexdigest()}],
            }
        ).encode()
        written = _write(out["bucket"], f"{base}/manifest.json", manifest)
        job["generatedManifest"] = {
            "arn": f"arn:{job['partition']}:s3:::{out['bucket']}/{base}/manifest.json",
            "etag": written.etag.strip('"'),
        }
    _set(job, "Ready")
    _set(job, "Active")
    _finish_if_done(job)


def _initiate(job: dict[str, Any], task: dict[str, Any]) -> None:
    """s3:InitiateReplication was allowed: the version reads PENDING and joins the replication
    stand-in's queue, with the destinations the live rules give it now, as the live role."""
    bucket = live._bucket(task["bucket"])
    versions = [] if bucket is None else bucket.keys.getlist(task["key"], [])
    version = next((v for v in versions if v.version_id == task["versionId"]), None)
    if version is None or isinstance(version, FakeDeleteMarker):
        return _task_done(job, task, "failed", "SrcVersionNotFound", 404, "the version was deleted before its task ran")
    destinations = _eligible(bucket, task["key"], version)
    if not destinations:
        return _task_done(job, task, "failed", "ObjectNotEligible", 400, "no enabled rule selects this version now")
    replication_job = {
        "id": next(live._ids),
        "kind": "object",
        "source": {
            "bucket": bucket.name,
            "key": task["key"],
            "versionId": version.version_id,
            "account": bucket.account_id,
            "region": bucket.region_name,
            "partition": bucket.partition,
        },
        "role": bucket.replication.get("Role"),
        "destinations": destinations,
        "enqueuedAt": int(_now() * 1000),
        "batch": {"job": job["id"], "task": task["index"]},
    }
    setattr(version, live._STATUS_ATTR, "PENDING")
    live._pending[replication_job["id"]] = {"job": replication_job, "version": version, "bucket": bucket}
    task["state"] = "initiated"
    task["replicationJob"] = replication_job["id"]


def _task_done(job: dict[str, Any], task: dict[str, Any], state: str, code: str, http: int, message: str) -> None:
    task.update(state=state, errorCode=code, httpStatus=http, message=message)


def _finish_if_done(job: dict[str, Any]) -> None:
    if job["status"] != "Active" or any(t["state"] in ("pending", "handed", "initiated") for t in job["tasks"]):
        return
    _set(job, "Completing")
    if job["reportOutput"]:
        _write_report(job)
    _set(job, "Complete")


def _write_report(job: dict[str, Any]) -> None:
    out = job["reportOutput"]
    base = f"{out['prefix']}/job-{job['id']}" if out["prefix"] else f"job-{job['id']}"
    results = []
    for state in ("succeeded", "failed"):
        if state == "succeeded" and out["scope"] == "FailedTasksOnly":
            continue
        rows = [t for t in job["tasks"] if t["state"] == state]
        if not rows:
            continue
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        for t in rows:
            writer.writerow(
                [
                    t["bucket"],
                    quote(t["key"], safe="/"),
                    t["versionId"],
                    state,
                    t.get("errorCode", ""),
                    t.get("httpStatus", 200),
                    t.get("message", "Successful"),
                ]
            )
        data = text.getvalue().encode()
        key = f"{base}/results/{hashlib.sha1(data).hexdigest()}.csv"
        _write(out["bucket"], key, data)
        results.append(
            {"TaskExecutionStatus": state, "Bucket": out["bucket"], "MD5Checksum": hashlib.md5(data).hexdigest(), "Key": key}
        )
    manifest = {
        "Format": "Report_CSV_20180820",
        "ReportCreationDate": _iso(_now()),
        "Results": results,
        "ReportSchema": REPORT_SCHEMA,
    }
    _write(out["bucket"], f"{base}/manifest.json", json.dumps(manifest).encode())


# The replication stand-in finished a job: a batch task learns its outcome.
_orig_complete = live._complete


def _complete(body: Any) -> dict[str, Any]:
    record = _orig_complete(body)
    link = record.get("batch")
    if link:
        with _LOCK:
            job = _jobs.get(link["job"])
            if job is not None and job["tasks"] is not None:
                task = job["tasks"][link["task"]]
                if record["status"] == "COMPLETED":
                    _task_done(job, task, "succeeded", "", 200, "Successful")
                else:
                    failed = next(d for d in record["destinations"] if d.get("status") == "FAILED")
                    _task_done(job, task, "failed", failed.get("code") or "Unknown", 400, failed.get("reason") or "")
                _finish_if_done(job)
    return record


live._complete = _complete


# --------------------------------------------------------------------------------------------
# 3. What the Node side sees, and the decisions it posts back
# --------------------------------------------------------------------------------------------


def _location(out: dict[str, Any] | None, job: dict[str, Any]) -> dict[str, Any] | None:
    if not out:
        return None
    return {"bucket": out["bucket"], "prefix": f"{out['prefix']}/job-{job['id']}" if out["prefix"] else f"job-{job['id']}"}


def _pending(limit: int) -> list[dict[str, Any]]:
    views = []
    with _LOCK:
        for job in sorted(_jobs.values(), key=lambda j: j["created"]):
            base = {
                "id": job["id"],
                "arn": job["arn"],
                "account": job["account"],
                "region": job["region"],
                "partition": job["partition"],
                "roleArn": job["roleArn"],
                "sourceBucket": job["sourceBucket"],
                "sourceOwner": live._owner_of(job["sourceBucket"]),
            }
            if job["status"] == "New":
                # Handed out once: S3 prepares the job while the decision is made.
                _set(job, "Preparing")
                views.append(
                    {
                        **base,
                        "phase": "prepare",
                        "manifest": _location(job["manifestOutput"], job),
                        "report": _location(job["reportOutput"], job),
                    }
                )
            elif job["status"] == "Active":
                handed = [t for t in job["tasks"] if t["state"] == "pending"][:limit]
                for t in handed:
                    t["state"] = "handed"
                if handed:
                    views.append({**base, "phase": "tasks", "tasks": [dict(t) for t in handed]})
    return views


def _prepared(body: Any) -> dict[str, Any]:
    with _LOCK:
        job = _jobs.get((body or {}).get("id"))
        if job is None or job["status"] != "Preparing":
            raise _HarnessError(409, f"job {(body or {}).get('id')} is not being prepared")
        job["prepareChecks"] = body.get("checks") or []
        failure = body.get("failure")
        if failure:
            _fail(job, failure.get("code") or "AccessDenied", failure.get("reason") or "")
        else:
            _generate(job)
        return _view(job)


def _decided(body: Any) -> dict[str, Any]:
    with _LOCK:
        job = _jobs.get((body or {}).get("id"))
        if job is None or job["status"] != "Active":
            raise _HarnessError(409, f"job {(body or {}).get('id')} is not active")
        for result in body.get("results") or []:
            task = job["tasks"][result["index"]]
            if task["state"] != "handed":
                raise _HarnessError(409, f"task {result['index']} of job {job['id']} was not handed out")
            task["check"] = result.get("check")
            if result.get("allowed"):
                _initiate(job, task)
            else:
                _task_done(job, task, "failed", result.get("code") or "AccessDenied", 403, result.get("reason") or "")
        _finish_if_done(job)
        return _view(job)


def _view(job: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": job["id"],
        "arn": job["arn"],
        "account": job["account"],
        "region": job["region"],
        "status": job["status"],
        "description": job["description"],
        "roleArn": job["roleArn"],
        "sourceBucket": job["sourceBucket"],
        "statuses": job["statuses"],
        "keyNames": job["keyNames"],
        "history": [{"status": h["status"], "at": int(h["at"] * 1000)} for h in job["history"]],
        "failureReasons": job["failureReasons"],
        "prepareChecks": job["prepareChecks"],
        "manifest": job["generatedManifest"],
        "tasks": [{k: v for k, v in t.items()} for t in (job["tasks"] or [])],
    }


class _HarnessError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _harness_app(environ: dict[str, Any], start_response: Any) -> Any:
    request = Request(environ)
    route = (request.method, request.path)
    try:
        if route == ("GET", HARNESS_PREFIX + "pending"):
            limit = int(request.args.get("tasks", "25"))
            status, body = 200, {"jobs": _pending(limit)}
        elif route == ("POST", HARNESS_PREFIX + "prepare"):
            status, body = 200, {"job": _prepared(request.get_json(force=True, silent=True))}
        elif route == ("POST", HARNESS_PREFIX + "tasks"):
            status, body = 200, {"job": _decided(request.get_json(force=True, silent=True))}
        elif route == ("GET", HARNESS_PREFIX + "log"):
            with _LOCK:
                status, body = 200, {"jobs": [_view(j) for j in sorted(_jobs.values(), key=lambda j: j["created"])]}
        else:
            raise _HarnessError(404, f"no harness route {request.method} {request.path}")
    except _HarnessError as error:
        status, body = error.status, {"error": error.message}
    response = Response(json.dumps(body), status=status, mimetype="application/json")
    return response(environ, start_response)


_orig_dispatch = DomainDispatcherApplication.__call__


def _dispatch(self: DomainDispatcherApplication, environ: dict[str, Any], start_response: Any) -> Any:
    """moto routes /v20180820/ to its S3 Control model, which has no jobs: the jobs are served here."""
    path = str(environ.get("PATH_INFO", ""))
    if path.startswith(HARNESS_PREFIX):
        return _harness_app(environ, start_response)
    if path == JOBS_PATH or path.startswith(JOBS_PATH + "/"):
        return _control_app(environ, start_response)
    return _orig_dispatch(self, environ, start_response)


DomainDispatcherApplication.__call__ = _dispatch  # type: ignore[method-assign]

_orig_reset = MotoAPIBackend.reset


def _reset(self: MotoAPIBackend) -> None:
    with _LOCK:
        _jobs.clear()
        _tokens.clear()
    _orig_reset(self)


MotoAPIBackend.reset = _reset  # type: ignore[method-assign]
