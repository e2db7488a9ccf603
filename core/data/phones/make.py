#!/usr/bin/env python3
"""Builds core/data/phones/plans.tsv, the numbering plans the phone validator
checks international numbers against (core/src/validate/plans.rs reads it).

Source: Google's libphonenumber metadata (Apache-2.0), as shipped in the PyPI
package phonenumbers 9.0.43 (its wheel, sha256-checked; nothing else of it is
used). For every country calling code the table keeps the regions that share
it, their national (trunk) prefix and the lengths a national significant
number may have, so `+49 30 1234567` is checked against Germany's plan and
`+44 12` against the United Kingdom's. docs/detectors.md records it.

    python3 core/data/phones/make.py
"""
import hashlib
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
WHEEL = "phonenumbers==9.0.43"
SHA256 = "349bc799f15e010e35bd2c7d28149950ae74479cb1e11fb054ed9a95ecb4b437"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary", ":all:",
                        WHEEL, "-d", tmp], check=True)
        (wheel,) = pathlib.Path(tmp).glob("*.whl")
        if hashlib.sha256(wheel.read_bytes()).hexdigest() != SHA256:
            sys.exit(f"{wheel.name}: unexpected sha256")
        sys.path.insert(0, str(wheel))
        import phonenumbers
        from phonenumbers import PhoneMetadata

        plans = {}
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            meta = PhoneMetadata.metadata_for_region(region)
            plans.setdefault(meta.country_code, []).append((region, meta))
        for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
            plans.setdefault(code, []).append(("001", PhoneMetadata.metadata_for_nongeo_region(code)))
        rows = ["# country code\tregions\tnational prefix\tnational number lengths"
                f"\t(from {WHEEL}, libphonenumber metadata, Apache-2.0)"]
        for code, metas in sorted(plans.items()):
            regions = ",".join(r for r, _ in metas)
            prefixes = sorted({m.national_prefix for _, m in metas if m.national_prefix})
            lengths = sorted({n for _, m in metas for n in m.general_desc.possible_length if n > 0})
            rows.append(f"{code}\t{regions}\t{','.join(prefixes)}\t{','.join(map(str, lengths))}")
    (HERE / "plans.tsv").write_text("\n".join(rows) + "\n")
    print(f"plans.tsv: {len(rows) - 1} country codes")


if __name__ == "__main__":
    main()
