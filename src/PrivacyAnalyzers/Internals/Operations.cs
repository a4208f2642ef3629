using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Internals
{
    /// <summary>Small readings of operations that several questions share.</summary>
    internal static class Operations
    {
        /// <summary>
        /// What a method is called on: the instance, or for an extension method its <c>this</c> argument
        /// (<c>db.Likes.Where(…)</c>, SignalR's <c>Clients.User(id).SendAsync(…)</c>); null for a static call.
        /// </summary>
        public static IOperation? Receiver(this IInvocationOperation call) =>
            call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

        /// <summary>
        /// The next value down a receiver chain (<c>db.Likes.Where(…)</c>: <c>db.Likes</c>, then <c>db</c>): a call's receiver,
        /// a member's instance, a conversion's operand; null at the chain's start.
        /// </summary>
        public static IOperation? InnerReceiver(this IOperation receiver) => receiver switch
        {
            IInvocationOperation call => call.Receiver(),
            IMemberReferenceOperation member => member.Instance,
            IConversionOperation conversion => conversion.Operand,
            _ => null,
        };

        /// <summary>The value under the conversions the compiler inserted (to <c>object</c>, to an interface, a lambda's return).</summary>
        public static IOperation WithoutImplicitConversions(this IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The value under every conversion, written or not (<c>(int)Kind.Unlike</c>).</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>
        /// The symbol whose name says what a value is: the member, local or parameter it reads, or the method that
        /// returns it; null for anything else.
        /// </summary>
        public static ISymbol? NamedSource(this IOperation value) => value switch
        {
            IMemberReferenceOperation member => member.Member,
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IInvocationOperation call => call.TargetMethod,
            _ => null,
        };

        /// <summary>The value a local variable is declared with, read in the file that reads the variable; null when it has none.</summary>
        public static IOperation? InitializerOf(this ILocalReferenceOperation local)
        {
            var references = local.Local.DeclaringSyntaxReferences;
            return references.Length == 1
                && local.SemanticModel is { } model
                && references[0].SyntaxTree == model.SyntaxTree
                && model.GetOperation(references[0].GetSyntax()) is IVariableDeclaratorOperation declarator
                    ? declarator.GetVariableInitializer()?.Value
                    : null;
        }
    }
}
