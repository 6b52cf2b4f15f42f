using System.Collections.Immutable;

namespace MineralPlan.Rendering.ViewModel;

// The explicit view model templates see. Every string here is final text: numbering computed,
// holes filled, words in Chinese. Templates never see model or CLR names.

public sealed record DocumentView(string Title, ImmutableArray<string> FrontMatter, ImmutableArray<BlockView> Blocks)
{
    /// <summary>The draft mark as a cover prints it, in full-width brackets (（征求意见稿）); the issuing authority and the date.</summary>
    public string? Status { get; init; }

    public string? Issuer { get; init; }

    public string? Date { get; init; }

    /// <summary>重建说明 or another status note a reader must see before the text (printed after the cover).</summary>
    public string? Note { get; init; }

    /// <summary>编号体例: "items" (一、 at the top) or null/"chapters" (第一章).</summary>
    public string? Scheme { get; init; }

    /// <summary>印发通知, printed before the cover.</summary>
    public NoticeView? Notice { get; init; }
}

/// <summary>The issuing notice: title, 文号, addressees, body, authority and date, as a 公文 prints them.</summary>
public sealed record NoticeView(string Title, string? DocNo, string? Addressee, ImmutableArray<string> Paragraphs, string? Issuer, string? Date);

public abstract record BlockView(string Type);

public sealed record HeadingView(int Level, string Number, string Title) : BlockView("heading")
{
    public string Text => Number.Length == 0 ? Title : Number + (Number.EndsWith('、') || Number.EndsWith('）') || Number.EndsWith('.') ? string.Empty : " ") + Title;
}

public sealed record ParagraphView(string Text) : BlockView("paragraph");

public sealed record TableView(string Number, string Title, ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<string> Notes, TableGrid Grid)
    : BlockView("table")
{
    public string Caption => (Number + " " + Title).Trim();
}

public sealed record FigureView(string Number, string Title, string? Scale, FigureImage? Image = null) : BlockView("figure");
