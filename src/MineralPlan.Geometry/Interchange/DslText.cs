using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MineralPlan.Geometry.Interchange;

/// <summary>Spelling values as the DSL reads them: quoted text, bare names, numbers, coordinate rings.</summary>
internal static partial class DslText
{
    public static string Quote(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '{' => "\\{",
                '}' => "\\}",
                '\r' => string.Empty,
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    /// <summary>Whether <paramref name="text"/> can be written as a bare id (letters, digits, _ and -, not starting with a digit).</summary>
    public static bool IsName(string text) => NamePattern().IsMatch(text);

    /// <summary>A dotted reference such as 上级.ZK01.</summary>
    public static bool IsReference(string text) => text.Split('.').All(IsName);

    /// <summary>Shortest text that reads back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Ring(NetTopologySuite.Geometries.LineString ring) =>
        "[" + string.Join(", ", ring.Coordinates.Select(c => Number(c.X) + ", " + Number(c.Y))) + "]";

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{N}_\-]*$")]
    private static partial Regex NamePattern();
}
