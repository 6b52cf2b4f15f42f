using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>
/// Rules of the code base that a compiler setting cannot state: product code has no null-forgiving operator (a
/// <c>!</c> that silences nullable analysis hides the null it promises away; a pattern or a reason says what holds).
/// </summary>
public sealed class ProductCodeTests
{
    [Fact]
    public void No_product_file_silences_nullable_analysis_with_the_null_forgiving_operator()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
            found.AddRange(tree.GetRoot().DescendantNodes().OfType<PostfixUnaryExpressionSyntax>()
                .Where(e => e.IsKind(SyntaxKind.SuppressNullableWarningExpression))
                .Select(e => $"{Path.GetRelativePath(Repo.Root, file)}:{e.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {e}"));
        }

        Assert.True(found.Count == 0, "null-forgiving operators in product code:\n" + string.Join('\n', found));
    }
}
