using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MineralPlan.Semantics.Schema;
using MineralPlan.Semantics.Units;

namespace MineralPlan.LanguageServer;

/// <summary>
/// The TextMate grammar of the VS Code extension (src/vscode-mplan/syntaxes/mplan.tmLanguage.json), made from the
/// language's own dictionary (<see cref="Words"/>) and unit catalog, so a new keyword or unit reaches the editor's
/// highlighting without a hand edit: the checked-in file is this output (a golden test keeps the two equal).
/// </summary>
public static class TextMateGrammar
{
    // Oniguruma has no \b for CJK: a word starts where no letter, digit or _ precedes it.
    private const string Before = @"(?<![\p{L}\p{N}_])";
    private const string After = @"(?![\p{L}\p{N}_])";

    public static string Generate()
    {
        var blocks = Alternatives(Words.Blocks.Keywords.SelectMany(k => k.Spellings));
        var properties = Alternatives(Words.Properties.Keywords.SelectMany(k => k.Spellings));
        var enums = Alternatives(new[]
            {
                Words.Levels, Words.Attributes, Words.Bases, Words.Measures, Words.ZoneKinds, Words.BlockKinds, Words.MineralClasses,
                Words.Stances, Words.Activities, Words.MineKinds, Words.TableKinds, Words.Sources, Words.RightKinds, Words.NumberingSchemes,
            }
            .SelectMany(v => v.Keywords).SelectMany(k => k.Spellings).Where(s => s.Any(c => c > 0x2E80)));
        var units = Alternatives(UnitCatalog.Symbols.Append("%").Append("％"));
        var grammar = new JsonObject
        {
            ["$schema"] = "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
            ["name"] = "MineralPlan",
            ["scopeName"] = "source.mplan",
            ["fileTypes"] = new JsonArray("mplan"),
            ["patterns"] = new JsonArray(Include("comments"), Include("strings"), Include("block"), Include("property"), Include("upward"), Include("numbers"), Include("enums"), Include("punctuation")),
            ["repository"] = new JsonObject
            {
                ["comments"] = new JsonObject
                {
                    ["patterns"] = new JsonArray(
                        new JsonObject { ["name"] = "comment.line.double-slash.mplan", ["match"] = "//.*$" },
                        new JsonObject { ["name"] = "comment.block.mplan", ["begin"] = @"/\*", ["end"] = @"\*/" }),
                },
                ["strings"] = new JsonObject
                {
                    ["name"] = "string.quoted.double.mplan",
                    ["begin"] = "\"",
                    ["end"] = "\"|$",
                    ["patterns"] = new JsonArray(
                        new JsonObject { ["name"] = "constant.character.escape.mplan", ["match"] = @"\\." },
                        new JsonObject
                        {
                            ["name"] = "meta.interpolation.mplan",
                            ["begin"] = @"\{",
                            ["beginCaptures"] = Captures("punctuation.section.interpolation.begin.mplan"),
                            ["end"] = @"\}",
                            ["endCaptures"] = Captures("punctuation.section.interpolation.end.mplan"),
                            ["patterns"] = new JsonArray(new JsonObject { ["name"] = "variable.other.reference.mplan", ["match"] = @"[^{}.\s]+" }),
                        }),
                },
                ["block"] = new JsonObject
                {
                    ["match"] = $@"^\s*{Before}({blocks}){After}(?=\s*(?:[^\s:：]|$))(?!\s*[:：])",
                    ["captures"] = new JsonObject { ["1"] = new JsonObject { ["name"] = "keyword.control.block.mplan" } },
                },
                ["property"] = new JsonObject
                {
                    ["match"] = $@"{Before}({properties})\s*(?=[:：])",
                    ["captures"] = new JsonObject { ["1"] = new JsonObject { ["name"] = "support.type.property-name.mplan" } },
                },
                ["upward"] = new JsonObject
                {
                    ["match"] = $@"{Before}({string.Join("|", Words.UpwardPrefixes.Select(p => p.Word))})(\.)",
                    ["captures"] = new JsonObject
                    {
                        ["1"] = new JsonObject { ["name"] = "variable.language.upward.mplan" },
                        ["2"] = new JsonObject { ["name"] = "punctuation.accessor.mplan" },
                    },
                },
                ["numbers"] = new JsonObject
                {
                    ["match"] = $@"{Before}(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?:\s*({units})(?:(/)(年|a))?{After})?",
                    ["captures"] = new JsonObject
                    {
                        ["1"] = new JsonObject { ["name"] = "constant.numeric.mplan" },
                        ["2"] = new JsonObject { ["name"] = "keyword.other.unit.mplan" },
                        ["3"] = new JsonObject { ["name"] = "keyword.other.unit.mplan" },
                        ["4"] = new JsonObject { ["name"] = "keyword.other.unit.mplan" },
                    },
                },
                ["enums"] = new JsonObject { ["name"] = "constant.language.mplan", ["match"] = $"{Before}({enums}){After}" },
                ["punctuation"] = new JsonObject
                {
                    ["patterns"] = new JsonArray(
                        new JsonObject { ["name"] = "punctuation.separator.key-value.mplan", ["match"] = "[:：]" },
                        new JsonObject { ["name"] = "keyword.operator.comparison.mplan", ["match"] = "<=|>=|≤|≥|~|≈|<|>" },
                        new JsonObject { ["name"] = "punctuation.section.block.mplan", ["match"] = "[{}]" }),
                },
            },
        };
        return grammar.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject Include(string name) => new() { ["include"] = "#" + name };

    private static JsonObject Captures(string scope) => new() { ["0"] = new JsonObject { ["name"] = scope } };

    /// <summary>Longest first, so 最低开采规模 wins over 最低规模's prefix and 万吨 over 吨.</summary>
    private static string Alternatives(IEnumerable<string> words) =>
        string.Join("|", words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape));
}
