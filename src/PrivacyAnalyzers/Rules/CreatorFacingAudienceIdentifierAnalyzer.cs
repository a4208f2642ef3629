using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV001: a creator sees aggregates of their audience, never who. See docs/rules/PRIV001.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingAudienceIdentifierAnalyzer : CreatorFacingMemberAnalyzer
    {
        /// <summary>Diagnostic property: "true" when the member is a collection that a count can replace.</summary>
        public const string IsCollectionProperty = "IsCollection";

        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingTypeExposesAudienceIdentifiers,
            title: "Creator-facing type exposes identifiers of audience members",
            messageFormat: "Creator-facing type '{0}' exposes who its audience members are through '{1}'; expose an aggregate instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "A creator sees how many people viewed, liked, downloaded or followed, never who. Types shown to creators must carry counts and coarse dimensions, not user ids, handles, emails or rows about individual audience members.");

        private static readonly ImmutableDictionary<string, string?> CollectionProperties =
            ImmutableDictionary<string, string?>.Empty.Add(IsCollectionProperty, "true");

        public CreatorFacingAudienceIdentifierAnalyzer()
            : base(Rule)
        {
        }

        /// <summary>Who the member identifies: a marked member, an audience identifier, rows about people (privacy model §4).</summary>
        private protected override string? FindLeak(PrivacyModel model, ISymbol member, ITypeSymbol type) =>
            model.Audience.FindAudienceIdentifier(member, type);

        private protected override string CategoryOf(string path) => DataCategories.OfIdentifierPath(path);

        /// <summary>A collection can be replaced by its count (the "Replace with a count" fix).</summary>
        private protected override ImmutableDictionary<string, string?> PropertiesOf(PrivacyModel model, ITypeSymbol type) =>
            model.Shapes.IsCollection(TypeShapes.Unwrap(type)) ? CollectionProperties : ImmutableDictionary<string, string?>.Empty;
    }
}
