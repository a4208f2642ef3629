using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The caller's own identity (privacy model §4.8): a value read from the signed-in principal — <c>User</c> of a
    /// controller, <c>HttpContext.User</c>, a claim, <c>User.GetUserId()</c> — or held by a variable or member named for
    /// the caller (<c>currentUserId</c>, <c>_currentUser.Id</c>, <c>myId</c>), followed once through a local's initializer.
    /// </summary>
    internal static class CallerIdentity
    {
        private static readonly ImmutableArray<string> CallerWords = ImmutableArray.Create(
            "Current", "Caller", "Me", "My", "Self", "Logged", "Signed", "Authenticated", "Requester", "Requesting");

        public static bool Is(IOperation value) => Is(value, followLocals: true);

        private static bool Is(IOperation value, bool followLocals)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (IsPrincipal(operation.Type) || NamesCaller(operation))
                {
                    return true;
                }

                if (followLocals && operation is ILocalReferenceOperation local && local.InitializerOf() is { } initializer && Is(initializer, followLocals: false))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPrincipal(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "ClaimsPrincipal" or "ClaimsIdentity" or "Claim" } named
            && Symbols.IsNamespace(named.ContainingNamespace, "System.Security.Claims");

        private static bool NamesCaller(IOperation operation)
        {
            var name = operation switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IMemberReferenceOperation member => member.Member.Name,
                IInvocationOperation call => call.TargetMethod.Name,
                _ => null,
            };
            if (name is null)
            {
                return false;
            }

            foreach (var word in NameWords.Split(name).Words)
            {
                if (NameWords.IsAny(word, CallerWords))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
