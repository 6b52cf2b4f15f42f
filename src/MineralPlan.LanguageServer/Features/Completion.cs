using System.Text.RegularExpressions;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using MineralPlan.Semantics.Units;

namespace MineralPlan.LanguageServer.Features;

/// <summary>
/// completion from where the cursor is, read from the text before it (a half-typed line does not parse, so the
/// parse cannot say): after <c>上级.</c> the parent's items; in a <c>{</c> hole the plan's ids; after <c>key:</c> the
/// values that key takes (enum words, minerals, plans, ids, rule codes); after a number the units; elsewhere the
/// properties and child blocks the enclosing block may still have, or the top-level blocks. Candidates come from the
/// last check, never a new one. Each word once, in the file's language, the other spelling as its detail.
/// </summary>
internal static partial class Completion
{
    public static CompletionList Complete(DocumentContext document, Position position, IReadOnlyList<string> planNames, IEnumerable<string> codes)
    {
        var offset = document.Lines.Offset(position);
        var before = document.Text[..offset];
        var line = before[(before.LastIndexOf('\n') + 1)..];
        var chinese = WritesChinese(document.Text);
        List<CompletionItem> items;
        if (UpwardPrefix().Match(line) is { Success: true } up)
        {
            items = Upward(document, up.Groups[1].Value);
        }
        else if (InHole(line))
        {
            items = Ids(document.Plan);
        }
        else if (AfterNumber().IsMatch(line))
        {
            items = [.. UnitCatalog.Symbols.Order(StringComparer.Ordinal).Select(u => new CompletionItem { Label = u, Kind = 11, Detail = UnitCatalog.Find(u)?.Dimension.ToString() })];
        }
        else if (ValueContext().Match(line) is { Success: true } value)
        {
            var key = Words.Properties.Canonical(value.Groups[1].Value);
            items = Values(document, EnclosingBlock(before).Kind, key, chinese, planNames, codes);
        }
        else
        {
            items = Members(document, before, chinese);
        }

        return new CompletionList(false, [.. items]);
    }

    private static List<CompletionItem> Upward(DocumentContext document, string head)
    {
        var scope = Checking.Upstream.Scope(document.Ancestors, head) ?? [];
        return [.. scope.SelectMany(p => p.Items).Where(i => i.Id is not null)
            .Select(i => new CompletionItem { Label = i.Id ?? string.Empty, Kind = 6, Detail = $"{Words.Blocks.Find(i.Kind)?.Chinese ?? i.Kind} {i.Name}".Trim() })];
    }

    private static List<CompletionItem> Ids(Plan? plan) =>
        plan is null ? [] : [.. plan.Items.Where(i => i.Id is not null)
            .Select(i => new CompletionItem { Label = i.Id ?? string.Empty, Kind = 6, Detail = $"{Words.Blocks.Find(i.Kind)?.Chinese ?? i.Kind} {i.Name}".Trim() })];

    private static List<CompletionItem> Values(DocumentContext document, string? block, string? key, bool chinese, IReadOnlyList<string> planNames, IEnumerable<string> codes)
    {
        Vocabulary? vocabulary = key switch
        {
            "level" => Words.Levels,
            "attribute" => Words.Attributes,
            "basis" when block == "indicator" || block == "quota" => Words.Bases,
            "measure" => Words.Measures,
            "kind" when block == "zone" || block == "count" => Words.ZoneKinds,
            "kind" when block == "block" => Words.BlockKinds,
            "kind" when block == "table" => Words.TableKinds,
            "mineral_class" => Words.MineralClasses,
            "stance" => Words.Stances,
            "activity" => Words.Activities,
            "mine" => Words.MineKinds,
            "from" => Words.Sources,
            "right" => Words.RightKinds,
            "numbering" => Words.NumberingSchemes,
            _ => null,
        };
        if (vocabulary is not null)
        {
            return Spellings(vocabulary, 20, chinese);
        }

        return key switch
        {
            "minerals" => [.. ShippedCatalog.Minerals.Entries.Select(m => new CompletionItem
            {
                Label = m.Name,
                Kind = 12,
                // The class in the file's language (the catalog keeps the English word), then the other spellings plans use.
                Detail = $"{(chinese && m.MineralClass is { } c ? Words.MineralClasses.Find(c)?.Chinese ?? c : m.MineralClass)} {string.Join("、", m.Aliases.IsDefault ? [] : m.Aliases)}".Trim(),
            })],
            "parent" => [.. planNames.Select(p => new CompletionItem { Label = p, Kind = 9 })],
            "same_as" or "items" or "insert" or "target" => Ids(document.Plan),
            "carries" => [new CompletionItem { Label = Words.UpwardPrefixes[chinese ? 0 : 1].Word + ".", Kind = 14 }, .. Upward(document, Words.UpwardPrefixes[0].Word)],
            "rule" when block == "accept" => [.. codes.Select(c => new CompletionItem { Label = c, Kind = 12 })],
            _ => [],
        };
    }

    private static List<CompletionItem> Members(DocumentContext document, string before, bool chinese)
    {
        var (block, open) = EnclosingBlock(before);
        if (block is null)
        {
            return [.. Schemas.TopLevel.Select(k => Words.Blocks.Find(k)).OfType<Keyword>().Select(k => Item(k, 14, chinese))];
        }

        if (!Schemas.ByKind.TryGetValue(block, out var schema))
        {
            return [];
        }

        // Properties already written in this block are not offered again, unless they may repeat.
        var written = PropertyKey().Matches(before[(open + 1)..]).Select(m => Words.Properties.Canonical(m.Groups[1].Value)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var properties = schema.Properties.Where(p => !written.Contains(p) || schema.Repeatable.Contains(p))
            .Select(p => Words.Properties.Find(p)).OfType<Keyword>().Select(k => Item(k, 10, chinese, suffix: chinese ? "：" : ": "));
        var children = schema.Children.Select(c => Words.Blocks.Find(c)).OfType<Keyword>().Select(k => Item(k, 14, chinese));
        return [.. properties, .. children];
    }

    private static List<CompletionItem> Spellings(Vocabulary vocabulary, int kind, bool chinese) =>
        [.. vocabulary.Keywords.Select(k => Item(k, kind, chinese))];

    private static CompletionItem Item(Keyword keyword, int kind, bool chinese, string suffix = "")
    {
        var (label, other) = chinese ? (keyword.Chinese, keyword.English) : (keyword.English, keyword.Chinese);
        return new CompletionItem { Label = label, Kind = kind, Detail = other, SortText = (chinese ? "0" : "1") + label, InsertText = label + suffix };
    }

    /// <summary>The canonical kind of the innermost block still open before the cursor and the offset of its brace; null and -1 at the top of the file.</summary>
    public static (string? Kind, int Open) EnclosingBlock(string before)
    {
        // Braces as the lexer sees them: none inside strings or comments (of either kind) count.
        var opens = new Stack<int>();
        foreach (var token in Syntax.Parsing.LexicalTokens.Of(before))
        {
            if (token.Kind == Syntax.Parsing.LexicalKind.OpenBrace)
            {
                opens.Push(token.Start);
            }
            else if (token.Kind == Syntax.Parsing.LexicalKind.CloseBrace && opens.Count > 0)
            {
                opens.Pop();
            }
        }

        if (opens.Count == 0)
        {
            return (null, -1);
        }

        var at = opens.Peek();
        var lineStart = before.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var head = BlockHead().Match(before[lineStart..at]);
        return (head.Success ? Words.Blocks.Canonical(head.Groups[1].Value) : null, at);
    }

    private static bool InHole(string line)
    {
        var quote = line.Count(c => c == '"') % 2 == 1;
        return quote && line.LastIndexOf('{') > line.LastIndexOf('}') && line.LastIndexOf('{') > line.LastIndexOf('"');
    }

    /// <summary>The file is written with Chinese keywords when its first block keyword is Chinese.</summary>
    public static bool WritesChinese(string text)
    {
        var first = BlockHead().Match(text);
        return !first.Success || first.Groups[1].Value.Any(c => c > 0x2E80);
    }

    // The head is any word: an upward prefix (上级, 省级…) or an ancestor's id; Upstream.Scope tells which plans it names.
    [GeneratedRegex(@"([\p{L}_][\p{L}\p{N}_]*)\.[\p{L}\p{N}_]*$")]
    private static partial Regex UpwardPrefix();

    [GeneratedRegex(@"^\s*([\p{L}_][\p{L}\p{N}_]*)\s*[:：]\s*[^\s""{}]*$")]
    private static partial Regex ValueContext();

    [GeneratedRegex(@"[:：]\s*(?:[<>≤≥~≈]=?\s*)?-?\d+(?:\.\d+)?\s*[^\s\d""{}]*$")]
    private static partial Regex AfterNumber();

    [GeneratedRegex(@"(?m)^\s*([\p{L}_][\p{L}\p{N}_]*)(?:\s+(?:[^\s{""]+|""[^""]*""))*\s*\{?\s*$")]
    private static partial Regex BlockHead();

    [GeneratedRegex(@"(?m)^\s*([\p{L}_][\p{L}\p{N}_]*)\s*[:：]")]
    private static partial Regex PropertyKey();
}
