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
        base.VisitWhileStatement(node) is WhileStatementSyntax visited ? visited.WithStatement(Guard(node.Statement)) : node;

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        base.VisitDoStatement(node) is DoStatementSyntax visited ? visited.WithStatement(Guard(node.Statement)) : node;

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        base.VisitForStatement(node) is ForStatementSyntax visited ? visited.WithStatement(Guard(node.Statement)) : node;

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        base.VisitForEachStatement(node) is ForEachStatementSyntax visited ? visited.WithStatement(Guard(node.Statement)) : node;

    private StatementSyntax Guard(StatementSyntax body) =>
        SyntaxFactory.Block(Check, Visit(body) as StatementSyntax ?? body);
}
