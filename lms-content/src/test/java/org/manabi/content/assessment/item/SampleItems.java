package org.manabi.content.assessment.item;

import java.util.List;

/** One item of every type, with answers that appear nowhere else in the item. */
final class SampleItems {

    static final List<String> SECRETS = List.of("secretblankone", "secretblanktwo", "secretshorttext",
            "ひみつのよみ", "4242", "0.125", "secretsubblank");

    private SampleItems() {
    }

    static ItemBody.SingleChoice singleChoice() {
        return new ItemBody.SingleChoice("「{学生|がくせい}」の意味は？",
                List.of(new Option("a", "teacher"), new Option("b", "student"), new Option("c", "school")), "b");
    }

    static ItemBody.MultipleChoice multipleChoice() {
        return new ItemBody.MultipleChoice("Which are fruits?",
                List.of(new Option("a", "りんご"), new Option("b", "いす"), new Option("c", "みかん"), new Option("d", "くつ")),
                List.of("a", "c"));
    }

    static ItemBody.TrueFalse trueFalse() {
        return new ItemBody.TrueFalse("富士山は日本でいちばん高い山です。", true);
    }

    static ItemBody.FillInBlank fillInBlank() {
        return new ItemBody.FillInBlank("Fill in the words.", "I am {{1}} and {{2}}.",
                List.of(new ItemBody.Blank(List.of("secretblankone")), new ItemBody.Blank(List.of("secretblanktwo", "other"))));
    }

    static ItemBody.ShortText shortText() {
        return new ItemBody.ShortText("Say thank you.", List.of("secretshorttext"), true);
    }

    static ItemBody.Ordering ordering() {
        return new ItemBody.Ordering("Put the days in order.", List.of(new Option("a", "月曜日"), new Option("b", "火曜日"),
                new Option("c", "水曜日"), new Option("d", "木曜日"), new Option("e", "金曜日")));
    }

    static ItemBody.Matching matching() {
        return new ItemBody.Matching("Match the words.",
                List.of(new ItemBody.Pair(new Option("a", "犬"), new Option("x", "dog")),
                        new ItemBody.Pair(new Option("b", "猫"), new Option("y", "cat")),
                        new ItemBody.Pair(new Option("c", "鳥"), new Option("z", "bird"))),
                List.of(new Option("w", "fish")));
    }

    static ItemBody.Numeric numeric() {
        return new ItemBody.Numeric("How far?", 4242.5, 0.125, "km");
    }

    static ItemBody.KanjiReading kanjiReading() {
        return new ItemBody.KanjiReading("Type the reading.", "秘読", List.of("ひみつのよみ"));
    }

    static ItemBody.ReadingPassage readingPassage() {
        return new ItemBody.ReadingPassage("Read and answer.", "田中さんは毎朝コーヒーを飲みます。",
                List.of(new ItemBody.SubItem(1, singleChoice()),
                        new ItemBody.SubItem(3, new ItemBody.FillInBlank("Fill in.", "{{1}} {{2}}",
                                List.of(new ItemBody.Blank(List.of("secretsubblank")), new ItemBody.Blank(List.of("コーヒー"))))),
                        new ItemBody.SubItem(2, trueFalse())));
    }

    static ItemBody.Listening listening() {
        return new ItemBody.Listening("Listen and answer.", "sha256-3f7a9c",
                List.of(new ItemBody.SubItem(2, kanjiReading()), new ItemBody.SubItem(1, numeric()),
                        new ItemBody.SubItem(1, shortText()), new ItemBody.SubItem(1, matching())));
    }

    static List<ItemBody> all() {
        return List.of(singleChoice(), multipleChoice(), trueFalse(), fillInBlank(), shortText(), ordering(),
                matching(), numeric(), kanjiReading(), readingPassage(), listening());
    }
}
