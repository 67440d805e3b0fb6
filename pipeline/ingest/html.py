"""Main text of an HTML page, with trafilatura (boilerplate, menus, scripts dropped).

>>> page = "<html><head><title>Arrests</title></head><body><nav>Home | News</nav>"
>>> page += "<article><h1>Twelve arrested</h1><p>Officers arrested twelve people in raids across the city on Tuesday morning after a long investigation.</p></article></body></html>"
>>> html_to_text(page).text.splitlines()[-1][:28]
'Officers arrested twelve peo'
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ExtractedPage:
    text: str
    title: str | None
    published: str | None


def html_to_text(html: str) -> ExtractedPage | None:
    """Extract the article text (paragraphs on their own lines), title and date, or None."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_recall=True, with_metadata=False, deduplicate=False)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    body = text.strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return ExtractedPage(text=body.replace("\n", "\n\n"), title=title, published=date)
