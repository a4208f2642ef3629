using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>
    /// "Remove the notification" for PRIV002 and PRIV003: removes the statement that sends it (awaited or not). An
    /// expression body becomes an empty block, or <c>Task.CompletedTask</c> where a task is returned; a
    /// <c>…Notification</c> creation passed to a call (<c>db.Notifications.Add(new UnlikeNotification(…))</c>) removes that call.
    /// </summary>
    internal static class NotificationRemoval
    {
        public const string EquivalenceKey = "PrivacyAnalyzers.RemoveNotification";

        public static async Task RegisterAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax sender
                    || FindEdit(sender) is not var (target, kind))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Remove the notification", ct => ApplyAsync(context.Document, target, kind, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private enum EditKind
        {
            RemoveStatement,
            EmptyEmbeddedStatement,
            EmptyExpressionBody,
            ReturnNothing,
        }

        /// <summary>What to change so the notification is no longer sent; null where no safe edit is known.</summary>
        private static (SyntaxNode Target, EditKind Kind)? FindEdit(ExpressionSyntax sender)
        {
            var expression = OutermostSendingExpression(sender);
            return expression.Parent switch
            {
                ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement => (statement, EditKind.RemoveStatement),
                ExpressionStatementSyntax statement => (statement, EditKind.EmptyEmbeddedStatement),
                ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax } arrow => (arrow.Parent!, EditKind.EmptyExpressionBody),
                LambdaExpressionSyntax lambda when lambda.Body == expression => (expression, EditKind.ReturnNothing),
                ReturnStatementSyntax => (expression, EditKind.ReturnNothing),
                _ => null,
            };
        }

        private static async Task<Document> ApplyAsync(Document document, SyntaxNode target, EditKind kind, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            switch (kind)
            {
                case EditKind.RemoveStatement:
                    editor.RemoveNode(target, SyntaxRemoveOptions.KeepNoTrivia);
                    break;
                case EditKind.EmptyEmbeddedStatement:
                    editor.ReplaceNode(target, SyntaxFactory.Block().WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation));
                    break;
                case EditKind.EmptyExpressionBody:
                    editor.ReplaceNode(target, EmptyBody(target, editor.SemanticModel, cancellationToken));
                    break;
                case EditKind.ReturnNothing:
                    editor.ReplaceNode(target, NoOp((ExpressionSyntax)target, editor.SemanticModel, cancellationToken).WithTriviaFrom(target));
                    break;
            }

            return editor.GetChangedDocument();
        }

        /// <summary>Widens the sending expression to what the statement evaluates: await, parentheses, ConfigureAwait, and the call a notification object is passed to.</summary>
        private static ExpressionSyntax OutermostSendingExpression(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression.Parent)
                {
                    case AwaitExpressionSyntax or ParenthesizedExpressionSyntax:
                        expression = (ExpressionSyntax)expression.Parent;
                        break;
                    case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } when expression is BaseObjectCreationExpressionSyntax:
                        expression = call;
                        break;
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configure } access
                        when access.Expression == expression:
                        expression = configure;
                        break;
                    default:
                        return expression;
                }
            }
        }

        /// <summary><c>=> Notify()</c> becomes <c>{ }</c>; a non-async member that returns a task returns <c>Task.CompletedTask</c>.</summary>
        private static SyntaxNode EmptyBody(SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
        {
            var arrow = member switch
            {
                BaseMethodDeclarationSyntax method => method.ExpressionBody!,
                LocalFunctionStatementSyntax local => local.ExpressionBody!,
                _ => ((AccessorDeclarationSyntax)member).ExpressionBody!,
            };
            if (ReturnsTask(arrow.Expression, model, cancellationToken) && !IsAsync(member))
            {
                return member.ReplaceNode(arrow.Expression, CompletedTask().WithTriviaFrom(arrow.Expression));
            }

            var block = SyntaxFactory.Block();
            SyntaxNode withBlock = member switch
            {
                BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
                _ => ((AccessorDeclarationSyntax)member).WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            };
            return withBlock.WithTriviaFrom(member).WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static SyntaxNode NoOp(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
            ReturnsTask(expression, model, cancellationToken) && !IsAsync(expression.Ancestors().FirstOrDefault(IsFunction))
                ? CompletedTask()
                : SyntaxFactory.Block();

        private static bool IsFunction(SyntaxNode node) =>
            node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax;

        private static bool IsAsync(SyntaxNode? function) => function switch
        {
            BaseMethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
            _ => false,
        };

        private static bool ReturnsTask(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
            model.GetTypeInfo(expression, cancellationToken).Type is { Name: "Task" or "ValueTask" } type
            && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

        private static ExpressionSyntax CompletedTask() =>
            SyntaxFactory.ParseExpression("System.Threading.Tasks.Task.CompletedTask").WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
