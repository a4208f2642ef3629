using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Editing
{
    /// <summary>Builds the count of a collection-valued expression: <c>ids.Count</c>, <c>ids.Length</c>, <c>ids.Count()</c>, <c>2</c> for <c>[a, b]</c>.</summary>
    internal static class CountExpressions
    {
        public static ExpressionSyntax CountOf(ExpressionSyntax value, SemanticModel model, out bool usesLinq)
        {
            usesLinq = false;
            if (value is CollectionExpressionSyntax collection && collection.Elements.All(e => e is ExpressionElementSyntax))
            {
                return Literal(collection.Elements.Count).WithTriviaFrom(value);
            }

            // No collection at all counts nothing: null, null!, default.
            var literal = value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed ? suppressed.Operand : value;
            if (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression))
            {
                return Literal(0).WithTriviaFrom(value);
            }

            var typeInfo = model.GetTypeInfo(value);
            // The value's own type, not the parameter's it converts to: an array passed as IReadOnlyList<T> has no Count.
            // Target-typed values have none of their own.
            var type = typeInfo.Type ?? typeInfo.ConvertedType;
            var receiver = Receiver(value, type, model);
            var mayBeNull = typeInfo.Nullability.FlowState == NullableFlowState.MaybeNull;
            string member;
            if (type is IArrayTypeSymbol)
            {
                member = "Length";
            }
            else if (HasCountProperty(type))
            {
                member = "Count";
            }
            else
            {
                usesLinq = true;
                return Guarded(Invoke(receiver, "Count", mayBeNull), mayBeNull).WithTriviaFrom(value);
            }

            return Guarded(Access(receiver, member, mayBeNull), mayBeNull).WithTriviaFrom(value);
        }

        /// <summary>Target-typed values (<c>new()</c>, <c>[.. xs]</c>) need their type spelled out before a member access.</summary>
        private static ExpressionSyntax Receiver(ExpressionSyntax value, ITypeSymbol? type, SemanticModel model)
        {
            var bare = value.WithoutTrivia();
            if (value is ImplicitObjectCreationExpressionSyntax or CollectionExpressionSyntax && type is not null)
            {
                var typeSyntax = SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(model, value.SpanStart));
                return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(typeSyntax, bare));
            }

            return bare is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ObjectCreationExpressionSyntax
                or ThisExpressionSyntax
                ? bare
                : SyntaxFactory.ParenthesizedExpression(bare);
        }

        private static bool HasCountProperty(ITypeSymbol? type) =>
            type is not null && type.AllInterfaces.Append(type as INamedTypeSymbol).Any(t =>
                t is not null && t.GetMembers("Count").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_Int32));

        private static ExpressionSyntax Access(ExpressionSyntax receiver, string member, bool conditional) =>
            conditional
                ? SyntaxFactory.ConditionalAccessExpression(receiver, SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName(member)))
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(member));

        private static ExpressionSyntax Invoke(ExpressionSyntax receiver, string method, bool conditional) =>
            conditional
                ? SyntaxFactory.ConditionalAccessExpression(receiver, SyntaxFactory.InvocationExpression(SyntaxFactory.MemberBindingExpression(SyntaxFactory.IdentifierName(method))))
                : SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method)));

        /// <summary><c>ids?.Count ?? 0</c> where the value may be null.</summary>
        private static ExpressionSyntax Guarded(ExpressionSyntax count, bool mayBeNull) =>
            mayBeNull ? SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, count, Literal(0)) : count;

        private static LiteralExpressionSyntax Literal(int value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
    }
}
