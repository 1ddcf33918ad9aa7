import { describe, expect, it } from "vitest";
import { questionsIn } from "./rep-questions.ts";

describe("questionsIn", () => {
  it("gives each question as its sentence", () => {
    expect(questionsIn("Great. How many invoices do you get? And from how many suppliers?")).toEqual([
      "How many invoices do you get?",
      "And from how many suppliers?",
    ]);
  });

  it("counts a run of question marks once", () => {
    expect(questionsIn("Really?? Seven thousand???")).toEqual(["Really??", "Seven thousand???"]);
  });

  it("counts ?! as one question and ?.? as two", () => {
    expect(questionsIn("Wait?! Why?.?")).toHaveLength(3);
  });

  it("finds none without a question mark", () => {
    expect(questionsIn("Let me show you the dashboard.")).toEqual([]);
    expect(questionsIn("")).toEqual([]);
  });

  it("reads Dutch the same way", () => {
    expect(questionsIn("Oké. Hoeveel vrachtbrieven verwerken jullie?")).toEqual([
      "Hoeveel vrachtbrieven verwerken jullie?",
    ]);
  });
});
