using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Internals;
using PrivacyAnalyzers.Names;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// Which types leave the server in responses by their shape and place (privacy model §3.4): data-transfer types named
    /// <c>…Dto</c>, <c>…Response</c>, <c>…ViewModel</c>, <c>…Contract</c>, or declared in a <c>Dtos</c>, <c>Contracts</c>,
    /// <c>ViewModels</c>, <c>Responses</c> or <c>Schemas</c> namespace, and the team's own (<c>privacy.response_types</c>,
    /// <c>privacy.response_namespaces</c>), and Razor page models. They are recognised without an endpoint in the same compilation, so a
    /// contracts project is checked on its own. Types named for input (<c>CreatePostDto</c>, <c>LikeRequest</c>) are not
    /// responses. Cached per compilation.
    /// </summary>
    internal sealed class ResponseSurfaces
    {
        /// <summary>Words that name what comes in rather than what goes out: <c>CreatePostDto</c>, <c>LikeRequestDto</c>.</summary>
        private static readonly ImmutableArray<string> InputWords = ImmutableArray.Create(
            "Request", "Command", "Input", "Query", "Form", "Create", "Update", "Edit", "Add", "Delete", "Remove", "Toggle",
            "Filter", "Params", "Parameters");

        private readonly PrivacyPolicy _policy;

        // Every property and field of the compilation asks about its container: recent types answer first.
        private readonly RecentFirstCache<INamedTypeSymbol, bool> _cache;

        private readonly NamespaceMatcher _namespaces;

        public ResponseSurfaces(PrivacyPolicy policy)
        {
            _policy = policy;
            _namespaces = new NamespaceMatcher(policy.ResponseNamespaces);
            _cache = new(Compute, SymbolEqualityComparer.Default);
        }

        /// <summary>A class, record, struct or interface of the application that is sent in responses by its name or place.</summary>
        public bool IsResponseType(INamedTypeSymbol type) =>
            type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && _cache[type.OriginalDefinition];

        private bool Compute(INamedTypeSymbol type) =>
            !Symbols.IsFrameworkType(type)
            && (_policy.ResponseTypes.MatchesType(type) || _namespaces.Matches(type.ContainingNamespace) || IsPageModel(type))
            && !NamesInput(type.Name);

        /// <summary>
        /// Why a type is a response type, in the order <see cref="Compute"/> asks: the policy pattern its name matches, the
        /// pattern its namespace matches, or a Razor page's model. Null when it is not one. For the privacy map.
        /// </summary>
        public string? Explain(INamedTypeSymbol type)
        {
            if (!IsResponseType(type))
            {
                return null;
            }

            type = type.OriginalDefinition;
            return _policy.ResponseTypes.FirstMatchingType(type) is { } name
                ? SurfaceReasons.NameMatches(name, PolicyKeys.ResponseTypes)
                : _policy.ResponseNamespaces.FirstMatchingNamespace(type.ContainingNamespace) is { } ns
                    ? SurfaceReasons.NamespaceMatches(type, ns, PolicyKeys.ResponseNamespaces)
                    : "a Razor page's model";
        }

        /// <summary>A Razor page's model: its public properties are what the page renders.</summary>
        public static bool IsPageModel(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "PageModel" && Symbols.IsNamespace(current.ContainingNamespace, "Microsoft.AspNetCore.Mvc.RazorPages"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool NamesInput(string name)
        {
            foreach (var word in NameWords.Split(name).Words)
            {
                if (NameWords.IsAny(word, InputWords))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
