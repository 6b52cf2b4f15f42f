namespace MineralPlan.Abstractions.Diagnostics;

/// <summary>
/// What a diagnostic code means. Codes are never reused: a retired code stays in the catalog
/// (src/DIAGNOSTICS.md) with the reason. Message formats use {0}, {1}... placeholders and must say
/// what to do, not only what is wrong.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    DiagnosticSeverity DefaultSeverity,
    string Title,
    string MessageEn,
    string MessageZh)
{
    /// <summary>
    /// The finding means the input itself could not be read (a missing folder, a binary file, a bad settings
    /// file): a host answers it as bad input (the CLI's exit 2), not as a plan with errors.
    /// </summary>
    public bool UnreadableInput { get; init; }

    public string Format(Language language, IReadOnlyList<object?> args)
    {
        var format = language == Language.En ? MessageEn : MessageZh;
        var values = args.Select(a => (object?)(a is Bilingual both ? both.In(language) : Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
    }
}
