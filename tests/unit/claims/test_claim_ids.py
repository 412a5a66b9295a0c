"""claims/api.py spells Claim.make_id out for speed: the ids must stay the model's."""

from __future__ import annotations

import claims
from claims import api
from factstream.models import Claim


def test_spelled_out_claim_id_is_in_use_and_gives_the_models_ids():
    assert api._claim_id is api._fast_claim_id
    for text, lang, article_id in (("Exports rose 4.5% to $2.1bn in March 2019.", "en", "wire-7"),
                                   ("ارتفعت الصادرات 12% إلى 3 ملايين دينار.", "ar", None),
                                   ("Seven \x1f people died on 3 May.", "en", "")):
        found = claims.extract(text, lang=lang, article_id=article_id)
        assert found
        for c in found:
            assert c.claim_id == Claim.make_id(article_id, c.start, c.end, c.text)
