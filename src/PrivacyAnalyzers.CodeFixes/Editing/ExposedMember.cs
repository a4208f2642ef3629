using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>
    /// A member a creator-facing type exposes, as the fixes see it: its declaration syntax (a property, a field's
    /// variable or a positional record parameter), its property or field symbol, and its record parameter if any.
    /// </summary>
    internal sealed class ExposedMember
    {
        private ExposedMember(Document document, SyntaxNode declaration, ISymbol symbol, ITypeSymbol type, IParameterSymbol? parameter)
        {
            Document = document;
            Declaration = declaration;
            Symbol = symbol;
            Type = type;
            Parameter = parameter;
        }

        public Document Document { get; }

        /// <summary>A PropertyDeclarationSyntax, VariableDeclaratorSyntax or ParameterSyntax.</summary>
        public SyntaxNode Declaration { get; }

        /// <summary>The property or field.</summary>
        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        /// <summary>The primary-constructor parameter of a positional record property.</summary>
        public IParameterSymbol? Parameter { get; }

        /// <summary>The member declared at or around <paramref name="node"/>, or null when it is not a data member.</summary>
        public static async Task<ExposedMember?> FindAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
        {
            var declaration = node.AncestorsAndSelf().FirstOrDefault(n =>
                n is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (declaration is null || model is null)
            {
                return null;
            }

            return model.GetDeclaredSymbol(declaration, cancellationToken) switch
            {
                IPropertySymbol property => new ExposedMember(document, declaration, property, property.Type, null),
                IFieldSymbol field => new ExposedMember(document, declaration, field, field.Type, null),
                IParameterSymbol parameter when PositionalProperty(parameter) is { } property =>
                    new ExposedMember(document, declaration, property, property.Type, parameter),
                _ => null,
            };
        }

        private static IPropertySymbol? PositionalProperty(IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor
                ? constructor.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>()
                    .FirstOrDefault(p => p.Locations.FirstOrDefault() == parameter.Locations.FirstOrDefault())
                : null;
    }
}
