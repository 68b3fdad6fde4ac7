"""Identifying metadata hidden in a picture: EXIF (IFD0, Exif, GPS), XMP, IPTC and PNG text chunks.

One item per identifying field (``field``, ``tag``, ``value``, ``metadata_source``; GPS adds
``latitude``/``longitude``), with ``field`` one of:

* ``gps``            coordinates (EXIF GPS IFD, XMP exif:GPSLatitude/Longitude)
* ``date``           when the picture was taken or made (EXIF DateTime*, GPS date, XMP/IPTC dates, PNG Creation Time)
* ``owner``          who made or owns it (Artist, Copyright, CameraOwnerName, XPAuthor, IPTC by-line,
                     XMP dc:creator/dc:rights, PNG Author/Copyright)
* ``device``         the camera (make, model, serial numbers, lens, host computer)
* ``comment``        free text (descriptions, titles, keywords, user comments, PNG Comment/Description)
* ``location_text``  named places (IPTC/XMP city, state, country, sublocation, location)

The values are returned to the person who uploaded the picture (it is their own data, and they need
to see what would leak), and are never logged or stored.
"""
from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from typing import Any, Iterable

from PIL import Image

MAX_VALUE_CHARS = 200

# --- what each field means -------------------------------------------------------------------------
# How serious each field is comes from the profile (category "photograph", kinds "metadata_<field>").

MESSAGES = {
    "gps": "The picture carries GPS coordinates: anyone who opens the file can see where it was taken.",
    "owner": "The picture names its author or owner in hidden metadata.",
    "location_text": "The picture names a place in hidden metadata.",
    "date": "The picture records when it was taken; an exact date can link it to your donation or transplant.",
    "comment": "The picture carries a hidden caption or comment that may identify you.",
    "device": "The picture records the camera or phone that took it; a serial number ties it to its owner.",
}

# --- EXIF -------------------------------------------------------------------------------------------

_IFD0 = {
    0x010F: ("device", "Make"),
    0x0110: ("device", "Model"),
    0x013B: ("owner", "Artist"),
    0x8298: ("owner", "Copyright"),
    0x010E: ("comment", "ImageDescription"),
    0x013C: ("device", "HostComputer"),
    0x0132: ("date", "DateTime"),
    0x9C9B: ("comment", "XPTitle"),
    0x9C9C: ("comment", "XPComment"),
    0x9C9D: ("owner", "XPAuthor"),
    0x9C9E: ("comment", "XPKeywords"),
    0x9C9F: ("comment", "XPSubject"),
    0x010D: ("comment", "DocumentName"),
    0xC62F: ("device", "CameraSerialNumber"),  # DNG
}

_EXIF_IFD = {
    0x9003: ("date", "DateTimeOriginal"),
    0x9004: ("date", "DateTimeDigitized"),
    0x9286: ("comment", "UserComment"),
    0xA430: ("owner", "CameraOwnerName"),
    0xA431: ("device", "BodySerialNumber"),
    0xA433: ("device", "LensMake"),
    0xA434: ("device", "LensModel"),
    0xA435: ("device", "LensSerialNumber"),
    0xA420: ("device", "ImageUniqueID"),
}

# EXIF tags that only a camera writes: evidence (not proof) that the picture is a photograph.
CAMERA_TAGS = {
    0x829A: "ExposureTime",
    0x829D: "FNumber",
    0x8827: "ISOSpeedRatings",
    0x920A: "FocalLength",
    0x9209: "Flash",
    0xA405: "FocalLengthIn35mmFilm",
    0x9202: "ApertureValue",
    0x9201: "ShutterSpeedValue",
    0xA402: "ExposureMode",
    0x8822: "ExposureProgram",
}


def _text(value: Any) -> str:
    """A printable, trimmed string for any EXIF/XMP/IPTC value."""
    if isinstance(value, bytes):
        raw = value
        if raw[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00", b"\x00" * 8):
            head, raw = raw[:8], raw[8:]
            if head.startswith(b"UNICODE"):
                for enc in ("utf-16-be", "utf-16-le"):
                    try:
                        value = raw.decode(enc)
                        break
                    except UnicodeDecodeError:
                        continue
                else:
                    value = raw.decode("latin-1")
                return _clean(value)
        # XP* tags are UTF-16LE in a byte array
        if len(raw) >= 2 and raw[1:2] == b"\x00" and raw[:1] != b"\x00":
            try:
                return _clean(raw.decode("utf-16-le"))
            except UnicodeDecodeError:
                pass
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = raw.decode("latin-1")
    elif isinstance(value, (tuple, list)):
        if value and all(isinstance(v, int) for v in value) and len(value) > 4:
            # XP* tags read as a tuple of byte values
            try:
                return _clean(bytes(value).decode("utf-16-le"))
            except (UnicodeDecodeError, ValueError):
                pass
        value = ", ".join(_text(v) for v in value)
    return _clean(str(value))


def _clean(s: str) -> str:
    s = s.replace("\x00", " ")
    s = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in s)
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) > MAX_VALUE_CHARS:
        s = s[: MAX_VALUE_CHARS - 1] + "…"
    return s


def _rational(v: Any) -> float:
    if isinstance(v, tuple) and len(v) == 2:
        num, den = v
        return float(num) / float(den) if den else 0.0
    return float(v)


def _dms_to_deg(dms: Any, ref: Any) -> float | None:
    try:
        if isinstance(dms, (tuple, list)):
            parts = [_rational(x) for x in dms] + [0.0, 0.0]
            deg = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0
        else:
            deg = _rational(dms)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    ref_s = _text(ref).upper() if ref is not None else ""
    if ref_s.startswith(("S", "W")):
        deg = -deg
    if deg != deg or abs(deg) > 180:  # NaN or nonsense
        return None
    return round(deg, 6)


def _finding(field: str, tag: str, value: str, source: str, **extra: Any) -> dict:
    """One identifying field: what it is (`field`), where it was (`tag`, `metadata_source`) and its value."""
    return {"field": field, "tag": tag, "value": value, "metadata_source": source, **extra}


def exif_findings(exif: Image.Exif) -> list[dict]:
    out: list[dict] = []
    for tag, (field, name) in _IFD0.items():
        if tag in exif:
            value = _text(exif.get(tag))
            if value:
                out.append(_finding(field, name, value, "exif"))
    try:
        sub = exif.get_ifd(0x8769)
    except Exception:
        sub = {}
    for tag, (field, name) in _EXIF_IFD.items():
        if tag in sub:
            value = _text(sub.get(tag))
            if value:
                out.append(_finding(field, name, value, "exif"))
    try:
        gps = exif.get_ifd(0x8825)
    except Exception:
        gps = {}
    if gps:
        lat = _dms_to_deg(gps.get(2), gps.get(1)) if 2 in gps else None
        lon = _dms_to_deg(gps.get(4), gps.get(3)) if 4 in gps else None
        if lat is not None and lon is not None:
            out.append(_finding("gps", "GPSLatitude/GPSLongitude", f"{lat:.6f}, {lon:.6f}", "exif",
                                latitude=lat, longitude=lon))
        elif any(k in gps for k in (2, 4, 6, 0x14, 0x16)):
            out.append(_finding("gps", "GPSInfo", "partial GPS position", "exif"))
        if 0x1D in gps:  # GPSDateStamp
            value = _text(gps.get(0x1D))
            if value:
                out.append(_finding("date", "GPSDateStamp", value, "exif"))
    return out


def camera_evidence(exif: Image.Exif | None) -> list[str]:
    """Names of camera-only EXIF tags present (exposure, aperture, ISO...)."""
    if exif is None:
        return []
    found = []
    try:
        sub = exif.get_ifd(0x8769)
    except Exception:
        sub = {}
    for tag, name in CAMERA_TAGS.items():
        if tag in sub or tag in exif:
            found.append(name)
    return found


# --- XMP --------------------------------------------------------------------------------------------

_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "exifEX": "http://cipa.jp/exif/1.0/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "mwg-rs": "http://www.metadataworkinggroup.com/schemas/regions/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
}

# (namespace prefix, local name) -> field
_XMP_FIELDS: dict[tuple[str, str], str] = {
    ("dc", "creator"): "owner",
    ("dc", "rights"): "owner",
    ("dc", "contributor"): "owner",
    ("dc", "publisher"): "owner",
    ("xmpRights", "Owner"): "owner",
    ("photoshop", "AuthorsPosition"): "owner",
    ("photoshop", "CaptionWriter"): "owner",
    ("photoshop", "Credit"): "owner",
    ("aux", "OwnerName"): "owner",
    ("exifEX", "CameraOwnerName"): "owner",
    ("Iptc4xmpCore", "CreatorContactInfo"): "owner",
    ("Iptc4xmpCore", "CiAdrCity"): "location_text",
    ("Iptc4xmpCore", "CiAdrExtadr"): "location_text",
    ("Iptc4xmpCore", "CiAdrRegion"): "location_text",
    ("Iptc4xmpCore", "CiAdrCtry"): "location_text",
    ("Iptc4xmpCore", "CiAdrPcode"): "location_text",
    ("Iptc4xmpCore", "CiEmailWork"): "owner",
    ("Iptc4xmpCore", "CiTelWork"): "owner",
    ("Iptc4xmpCore", "CiUrlWork"): "owner",
    ("photoshop", "City"): "location_text",
    ("photoshop", "State"): "location_text",
    ("photoshop", "Country"): "location_text",
    ("Iptc4xmpCore", "Location"): "location_text",
    ("Iptc4xmpCore", "CountryCode"): "location_text",
    ("Iptc4xmpExt", "City"): "location_text",
    ("Iptc4xmpExt", "Sublocation"): "location_text",
    ("Iptc4xmpExt", "ProvinceState"): "location_text",
    ("Iptc4xmpExt", "CountryName"): "location_text",
    ("Iptc4xmpExt", "LocationName"): "location_text",
    ("Iptc4xmpExt", "PersonInImage"): "owner",
    ("xmp", "CreateDate"): "date",
    ("xmp", "ModifyDate"): "date",
    ("xmp", "MetadataDate"): "date",
    ("photoshop", "DateCreated"): "date",
    ("exif", "DateTimeOriginal"): "date",
    ("exif", "DateTimeDigitized"): "date",
    ("exif", "GPSTimeStamp"): "date",
    ("tiff", "DateTime"): "date",
    ("tiff", "Make"): "device",
    ("tiff", "Model"): "device",
    ("aux", "SerialNumber"): "device",
    ("aux", "LensSerialNumber"): "device",
    ("aux", "Lens"): "device",
    ("exifEX", "BodySerialNumber"): "device",
    ("exifEX", "LensSerialNumber"): "device",
    ("exifEX", "LensModel"): "device",
    ("dc", "description"): "comment",
    ("dc", "title"): "comment",
    ("dc", "subject"): "comment",
    ("exif", "UserComment"): "comment",
    ("photoshop", "Headline"): "comment",
    ("photoshop", "Instructions"): "comment",
    ("lr", "hierarchicalSubject"): "comment",
    ("mwg-rs", "Name"): "owner",  # names of people tagged in face regions
}
_XMP_BY_URI = {(_NS[p], local): f for (p, local), f in _XMP_FIELDS.items()}
_XMP_GPS = {(_NS["exif"], "GPSLatitude"), (_NS["exif"], "GPSLongitude")}
_XMP_MAX_BYTES = 2 * 1024 * 1024


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return "", tag


def _xmp_gps(text: str) -> float | None:
    # XMP GPS: "47,36.5N" or "47,36,30N" or decimal
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])?\s*", text)
    if not m:
        return None
    deg = float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
    if (m.group(4) or "") in ("S", "W"):
        deg = -deg
    return round(deg, 6) if abs(deg) <= 180 else None


def parse_xmp(raw: bytes | str) -> ET.Element | None:
    """Parse an XMP packet without ever resolving entities (DTDs are refused outright)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "replace")
    raw = raw[:_XMP_MAX_BYTES]
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        return None
    start = raw.find(b"<x:xmpmeta")
    if start < 0:
        start = raw.find(b"<rdf:RDF")
    if start < 0:
        start = raw.find(b"<")
    if start < 0:
        return None
    end_tags = [b"</x:xmpmeta>", b"</rdf:RDF>"]
    body = raw[start:]
    for et in end_tags:
        i = body.rfind(et)
        if i >= 0:
            body = body[: i + len(et)]
            break
    try:
        return ET.fromstring(body)
    except ET.ParseError:
        return None


def _leaf_text(el: ET.Element) -> str:
    parts = [t.strip() for t in el.itertext() if t and t.strip()]
    return ", ".join(parts)


def xmp_findings(raw: bytes | str) -> list[dict]:
    root = parse_xmp(raw)
    if root is None:
        return []
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    gps: dict[str, float] = {}

    def add(uri: str, local: str, value: str) -> None:
        value = _clean(value)
        if not value:
            return
        if (uri, local) in _XMP_GPS:
            deg = _xmp_gps(value)
            if deg is not None:
                gps[local] = deg
            return
        field = _XMP_BY_URI.get((uri, local))
        if field is None:
            return
        key = (local, value)
        if key in seen:
            return
        seen.add(key)
        out.append(_finding(field, f"XMP {local}", value, "xmp"))

    for el in root.iter():
        uri, local = _split(el.tag)
        for akey, aval in el.attrib.items():
            auri, alocal = _split(akey)
            if auri != _NS["rdf"]:
                add(auri, alocal, aval)
        if (uri, local) in _XMP_BY_URI or (uri, local) in _XMP_GPS:
            # a list (Seq/Bag/Alt) reports its items together; a structure (CreatorContactInfo,
            # LocationShown...) reports its own leaves, which this loop visits separately
            children = [_split(c.tag) for c in el]
            if any(c[0] == _NS["rdf"] and c[1] in ("Seq", "Bag", "Alt") for c in children) or not children:
                add(uri, local, _leaf_text(el))
    if "GPSLatitude" in gps and "GPSLongitude" in gps:
        lat, lon = gps["GPSLatitude"], gps["GPSLongitude"]
        out.append(_finding("gps", "XMP GPSLatitude/GPSLongitude", f"{lat:.6f}, {lon:.6f}", "xmp",
                            latitude=lat, longitude=lon))
    elif gps:
        out.append(_finding("gps", "XMP GPS", "partial GPS position", "xmp"))
    return out


# --- IPTC (IIM) -------------------------------------------------------------------------------------

_IPTC = {
    5: ("comment", "ObjectName"),
    25: ("comment", "Keywords"),
    26: ("location_text", "ContentLocationName"),
    55: ("date", "DateCreated"),
    62: ("date", "DigitalCreationDate"),
    80: ("owner", "By-line"),
    85: ("owner", "By-lineTitle"),
    90: ("location_text", "City"),
    92: ("location_text", "Sub-location"),
    95: ("location_text", "Province-State"),
    100: ("location_text", "Country-PrimaryLocationCode"),
    101: ("location_text", "Country-PrimaryLocationName"),
    105: ("comment", "Headline"),
    110: ("owner", "Credit"),
    115: ("owner", "Source"),
    116: ("owner", "CopyrightNotice"),
    118: ("owner", "Contact"),
    120: ("comment", "Caption-Abstract"),
    122: ("owner", "Writer-Editor"),
}


def parse_iim(data: bytes) -> list[tuple[int, int, bytes]]:
    """Records (record, dataset, value) of an IPTC-IIM block; stops quietly at anything malformed."""
    out = []
    i, n = 0, len(data)
    while i + 5 <= n and len(out) < 10_000:
        if data[i] != 0x1C:
            i += 1  # padding between records
            continue
        rec, ds = data[i + 1], data[i + 2]
        (length,) = struct.unpack(">H", data[i + 3:i + 5])
        i += 5
        if length & 0x8000:
            nbytes = length & 0x7FFF
            if nbytes > 4 or i + nbytes > n:
                break
            length = int.from_bytes(data[i:i + nbytes], "big")
            i += nbytes
        if i + length > n:
            break
        out.append((rec, ds, data[i:i + length]))
        i += length
    return out


def iptc_from_photoshop(resources: dict | None) -> bytes | None:
    if not resources:
        return None
    block = resources.get(0x0404)
    if isinstance(block, dict):  # Pillow >= 9 gives {"name":..., "data":...}? keep both shapes
        block = block.get("data")
    return block if isinstance(block, (bytes, bytearray)) else None


def iptc_findings(data: bytes) -> list[dict]:
    out = []
    seen = set()
    for rec, ds, value in parse_iim(bytes(data)):
        if rec != 2 or ds not in _IPTC:
            continue
        field, name = _IPTC[ds]
        text = _text(value)
        if not text or (name, text) in seen:
            continue
        seen.add((name, text))
        out.append(_finding(field, f"IPTC {name}", text, "iptc"))
    return out


# --- PNG text chunks and raw profiles -------------------------------------------------------------

_PNG_KEYS = {
    "author": "owner",
    "artist": "owner",
    "copyright": "owner",
    "creator": "owner",
    "owner": "owner",
    "disclaimer": "comment",
    "comment": "comment",
    "description": "comment",
    "title": "comment",
    "caption": "comment",
    "keywords": "comment",
    "warning": "comment",
    "creation time": "date",
    "date": "date",
    "date:create": "date",
    "date:modify": "date",
    "source": "device",  # PNG spec: "device used to create the image"
    "location": "location_text",
    "gps": "gps",
}
# keys that identify nothing (software names, technical settings)
_PNG_IGNORE = {"software", "dpi", "gamma", "xml:com.adobe.xmp", "icc", "exif", "signature"}


def _raw_profile(value: str) -> bytes | None:
    """ImageMagick's 'Raw profile type X' text: '\\nexif\\n   1234\\n<hex...>'."""
    parts = value.strip().split("\n", 2)
    if len(parts) < 3:
        return None
    hexdata = re.sub(r"\s+", "", parts[2])
    try:
        return bytes.fromhex(hexdata)
    except ValueError:
        return None


def png_text_findings(text: dict) -> tuple[list[dict], list[bytes], list[bytes], list[bytes]]:
    """Findings from PNG tEXt/zTXt/iTXt, plus any embedded raw EXIF, IPTC and XMP profiles."""
    out, exifs, iptcs, xmps = [], [], [], []
    for key, value in (text or {}).items():
        k = str(key).strip().lower()
        if k.startswith("raw profile type "):
            blob = _raw_profile(str(value))
            kind = k[len("raw profile type "):]
            if blob:
                if kind in ("exif", "app1"):
                    exifs.append(blob[6:] if blob.startswith(b"Exif\x00\x00") else blob)
                elif kind == "iptc":
                    iptcs.append(blob)
                elif kind == "8bim":
                    i = blob.find(b"\x1c\x02")
                    if i >= 0:
                        iptcs.append(blob[i:])
                elif kind == "xmp":
                    xmps.append(blob)
            continue
        if k == "xml:com.adobe.xmp":
            xmps.append(str(value).encode("utf-8", "replace"))
            continue
        if k in _PNG_IGNORE:
            continue
        field = _PNG_KEYS.get(k, "comment")  # any other free text may identify: report it
        val = _text(value)
        if val:
            out.append(_finding(field, f"PNG {key}", val, "png_text"))
    return out, exifs, iptcs, xmps


# --- all of it ------------------------------------------------------------------------------------


def read_metadata(im: Image.Image) -> tuple[list[dict], list[str]]:
    """(findings, camera evidence) for an opened image. Never raises on malformed metadata."""
    findings: list[dict] = []
    exif_objs: list[Image.Exif] = []
    try:
        exif = im.getexif()
        if len(exif):
            exif_objs.append(exif)
    except Exception:
        pass
    info = getattr(im, "info", {}) or {}

    xmp_blobs: list[bytes] = []
    for key in ("xmp", "XML:com.adobe.xmp"):
        v = info.get(key)
        if v:
            xmp_blobs.append(v if isinstance(v, bytes) else str(v).encode("utf-8", "replace"))

    iptc_blobs: list[bytes] = []
    try:
        blob = iptc_from_photoshop(info.get("photoshop"))
        if blob:
            iptc_blobs.append(bytes(blob))
    except Exception:
        pass

    if getattr(im, "format", None) == "PNG":
        texts = getattr(im, "text", None) or {}
        try:
            pf, exifs, iptcs, xmps = png_text_findings(texts)
        except Exception:
            pf, exifs, iptcs, xmps = [], [], [], []
        findings.extend(pf)
        iptc_blobs.extend(iptcs)
        for x in xmps:
            if x not in xmp_blobs:
                xmp_blobs.append(x)
        for blob in exifs:
            try:
                e = Image.Exif()
                e.load(blob)
                exif_objs.append(e)
            except Exception:
                pass

    for e in exif_objs:
        try:
            findings.extend(exif_findings(e))
        except Exception:
            pass
    for x in xmp_blobs:
        try:
            findings.extend(xmp_findings(x))
        except Exception:
            pass
    for b in iptc_blobs:
        try:
            findings.extend(iptc_findings(b))
        except Exception:
            pass

    evidence: list[str] = []
    for e in exif_objs:
        evidence.extend(x for x in camera_evidence(e) if x not in evidence)
    return _dedupe(findings), evidence


def _dedupe(findings: Iterable[dict]) -> list[dict]:
    seen = set()
    out = []
    for f in findings:
        key = (f["field"], f["tag"], f["value"])
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
