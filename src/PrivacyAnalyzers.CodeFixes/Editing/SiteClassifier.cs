using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>Recognises the uses of an exposed member that a fix can rewrite.</summary>
    internal static class SiteClassifier
    {
        /// <summary>A use of the property, field or parameter itself; null when the use cannot be rewritten.</summary>
        public static WriteSite? ForMemberUse(DocumentId documentId, SyntaxNode node, MemberEdit edit)
        {
            if (node is not IdentifierNameSyntax name)
            {
                return null;
            }

            if (name.Parent is NameColonSyntax { Parent: ArgumentSyntax argument })
            {
                return new WriteSite(WriteSiteKind.NamedArgument, documentId, argument, argument.Expression);
            }

            ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (target.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == target)
            {
                return ForAssignment(documentId, assignment);
            }

            return edit == MemberEdit.ReplaceWithCount ? ForCountRead(documentId, target) : null;
        }

        /// <summary>A positional record constructor call: the argument passed for the member's parameter, if passed by position.</summary>
        public static WriteSite? ForConstructorCall(DocumentId documentId, SyntaxNode node, IParameterSymbol parameter)
        {
            var arguments = node.AncestorsAndSelf().Select(ArgumentsOf).FirstOrDefault(list => list is not null);
            if (arguments is null
                || arguments.Arguments.Any(a => a.NameColon is not null)
                || parameter.Ordinal >= arguments.Arguments.Count)
            {
                // Named arguments are found as uses of the parameter; a missing argument takes the default.
                return null;
            }

            var argument = arguments.Arguments[parameter.Ordinal];
            return new WriteSite(WriteSiteKind.PositionalArgument, documentId, argument, argument.Expression);
        }

        private static ArgumentListSyntax? ArgumentsOf(SyntaxNode node) => node switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            PrimaryConstructorBaseTypeSyntax baseType => baseType.ArgumentList,
            ConstructorInitializerSyntax initializer => initializer.ArgumentList,
            _ => null,
        };

        private static WriteSite? ForAssignment(DocumentId documentId, AssignmentExpressionSyntax assignment) => assignment.Parent switch
        {
            InitializerExpressionSyntax => new WriteSite(WriteSiteKind.InitializerAssignment, documentId, assignment, assignment.Right),
            ExpressionStatementSyntax { Parent: BlockSyntax or GlobalStatementSyntax } statement =>
                new WriteSite(WriteSiteKind.AssignmentStatement, documentId, statement, assignment.Right),
            _ => null,
        };

        private static WriteSite? ForCountRead(DocumentId documentId, ExpressionSyntax target)
        {
            if (target.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member } count || count.Expression != target)
            {
                return null;
            }

            if (member is "Count" or "Length" && count.Parent is not InvocationExpressionSyntax)
            {
                return new WriteSite(WriteSiteKind.CountRead, documentId, count, null);
            }

            return member == "Count" && count.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call
                ? new WriteSite(WriteSiteKind.CountRead, documentId, call, null)
                : null;
        }
    }
}
