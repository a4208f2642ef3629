using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>Applies a <see cref="MemberEdit"/> to the member's declaration and to each place that writes it.</summary>
    internal static class SiteEditor
    {
        /// <summary>Edits one site; returns true when the new code needs System.Linq's Count().</summary>
        public static bool Apply(DocumentEditor editor, WriteSite site, MemberEdit edit, string countName)
        {
            if (edit == MemberEdit.Remove)
            {
                editor.RemoveNode(site.Node, SyntaxRemoveOptions.KeepNoTrivia);
                if (site.Node.Parent is InitializerExpressionSyntax or ArgumentListSyntax)
                {
                    // Removing from a list drops a separator and its spacing: let the formatter lay the list out again.
                    editor.ReplaceNode(site.Node.Parent, (list, _) => list.WithAdditionalAnnotations(Formatter.Annotation));
                }

                return false;
            }

            var countIdentifier = SyntaxFactory.IdentifierName(countName);
            switch (site.Kind)
            {
                case WriteSiteKind.CountRead:
                    editor.ReplaceNode(site.Node, (current, _) => RenamedAccess(CountedExpression(current), countIdentifier).WithTriviaFrom(current));
                    return false;
                case WriteSiteKind.NamedArgument:
                    var argument = (ArgumentSyntax)site.Node;
                    var namedCount = CountExpressions.CountOf(site.Value!, editor.SemanticModel, out var namedUsesLinq);
                    editor.ReplaceNode(argument, argument
                        .WithNameColon(argument.NameColon!.WithName(countIdentifier.WithTriviaFrom(argument.NameColon.Name)))
                        .WithExpression(namedCount));
                    return namedUsesLinq;
                case WriteSiteKind.PositionalArgument:
                    var positionalCount = CountExpressions.CountOf(site.Value!, editor.SemanticModel, out var positionalUsesLinq);
                    editor.ReplaceNode(site.Value!, positionalCount);
                    return positionalUsesLinq;
                default:
                    var assignment = site.Node is ExpressionStatementSyntax statement ? (AssignmentExpressionSyntax)statement.Expression : (AssignmentExpressionSyntax)site.Node;
                    var count = CountExpressions.CountOf(assignment.Right, editor.SemanticModel, out var usesLinq);
                    editor.ReplaceNode(assignment, assignment.WithLeft(RenamedAccess(assignment.Left, countIdentifier)).WithRight(count));
                    return usesLinq;
            }
        }

        public static void EditDeclaration(DocumentEditor editor, SyntaxNode declaration, MemberEdit edit, string countName)
        {
            if (edit == MemberEdit.Remove)
            {
                editor.RemoveNode(DeclarationToRemove(declaration), SyntaxRemoveOptions.KeepNoTrivia);
                return;
            }

            var countType = SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword));
            var identifier = SyntaxFactory.Identifier(countName);
            switch (declaration)
            {
                case PropertyDeclarationSyntax property:
                    editor.ReplaceNode(property, property
                        .WithAttributeLists(WithoutPersonalDataMarkers(property.AttributeLists))
                        .WithType(countType.WithTriviaFrom(property.Type))
                        .WithIdentifier(identifier.WithTriviaFrom(property.Identifier))
                        .WithInitializer(null)
                        .WithSemicolonToken(default)
                        .WithLeadingTrivia(property.GetLeadingTrivia())
                        .WithTrailingTrivia(property.GetTrailingTrivia()));
                    break;
                case ParameterSyntax parameter:
                    editor.ReplaceNode(parameter, parameter
                        .WithAttributeLists(WithoutPersonalDataMarkers(parameter.AttributeLists))
                        .WithType(countType.WithTriviaFrom(parameter.Type!))
                        .WithIdentifier(identifier.WithTriviaFrom(parameter.Identifier))
                        .WithDefault(null)
                        .WithLeadingTrivia(parameter.GetLeadingTrivia()));
                    break;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } variables } variable:
                    var newVariable = SyntaxFactory.VariableDeclarator(identifier.WithTriviaFrom(variable.Identifier));
                    editor.ReplaceNode(field, field
                        .WithAttributeLists(WithoutPersonalDataMarkers(field.AttributeLists))
                        .WithDeclaration(variables.WithType(countType.WithTriviaFrom(variables.Type)).WithVariables(SyntaxFactory.SingletonSeparatedList(newVariable)))
                        .WithLeadingTrivia(field.GetLeadingTrivia()));
                    break;
            }
        }

        private static SyntaxNode DeclarationToRemove(SyntaxNode declaration) =>
            declaration is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } }
                ? field
                : declaration;

        /// <summary>A count is no longer personal data: the markers that said so go with the collection.</summary>
        private static SyntaxList<AttributeListSyntax> WithoutPersonalDataMarkers(SyntaxList<AttributeListSyntax> lists)
        {
            var kept = SyntaxFactory.List<AttributeListSyntax>();
            foreach (var list in lists)
            {
                var attributes = list.Attributes.Where(a => !IsPersonalDataMarker(a)).ToList();
                if (attributes.Count > 0)
                {
                    kept = kept.Add(list.WithAttributes(SyntaxFactory.SeparatedList(attributes)));
                }
            }

            return kept;
        }

        private static bool IsPersonalDataMarker(AttributeSyntax attribute)
        {
            var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : attribute.Name.ToString();
            return new[] { PrivacyAttributes.UserIdentifier, PrivacyAttributes.PersonalData, PrivacyAttributes.ProtectedPersonalData }
                .Any(marker => name == marker || name == marker + "Attribute");
        }

        /// <summary>x.ViewerIds.Count → x.ViewerIds (the count is read from the new member).</summary>
        private static ExpressionSyntax CountedExpression(SyntaxNode countRead) => countRead switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
            MemberAccessExpressionSyntax access => access.Expression,
            _ => (ExpressionSyntax)countRead,
        };

        private static ExpressionSyntax RenamedAccess(ExpressionSyntax target, IdentifierNameSyntax countName) => target switch
        {
            MemberAccessExpressionSyntax access => access.WithName(countName.WithTriviaFrom(access.Name)),
            _ => countName.WithTriviaFrom(target),
        };
    }
}
