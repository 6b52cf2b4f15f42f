using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MineralPlan.Scripting;

/// <summary>
/// Rewrites a script so every loop body first checks <c>Cancellation</c>: a script cannot be killed
/// from outside, but it can be asked to stop at every iteration. Only loops can run for long in a
/// script without calls back into our API.
/// </summary>
internal sealed class LoopGuard : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Check = SyntaxFactory.ParseStatement("Cancellation.ThrowIfCancellationRequested();");

    public static string Rewrite(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script));
        return new LoopGuard().Visit(tree.GetRoot()).ToFullString();
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        ((WhileStatementSyntax)base.VisitWhileStatement(node)!).WithStatement(Guard(node.Statement));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        ((DoStatementSyntax)base.VisitDoStatement(node)!).WithStatement(Guard(node.Statement));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        ((ForStatementSyntax)base.VisitForStatement(node)!).WithStatement(Guard(node.Statement));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        ((ForEachStatementSyntax)base.VisitForEachStatement(node)!).WithStatement(Guard(node.Statement));

    private StatementSyntax Guard(StatementSyntax body) =>
        SyntaxFactory.Block(Check, (StatementSyntax)Visit(body)!);
}
