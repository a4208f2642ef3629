using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV004: a creator sees where their audience is only as coarse aggregates. See docs/rules/PRIV004.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingAudienceLocationAnalyzer : CreatorFacingMemberAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingTypeExposesAudienceLocation,
            title: "Creator-facing type exposes precise location of audience members",
            messageFormat: "Creator-facing type '{0}' exposes the precise location of its audience members through '{1}'; expose a coarse aggregate (country, region) instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "A creator may learn which countries or regions their audience comes from, never where one person is. Types shown to creators must not carry the coordinates, IP addresses, postal codes or street addresses of viewers, followers or other audience members.");

        public CreatorFacingAudienceLocationAnalyzer()
            : base(Rule)
        {
        }

        /// <summary>Where audience members are: a precise location in rows or under an audience name (privacy model §5).</summary>
        private protected override string? FindLeak(PrivacyModel model, ISymbol member, ITypeSymbol type) =>
            model.Locations.FindAudienceLocation(member, type);

        private protected override string CategoryOf(string path) => DataCategories.OfLocationPath(path);
    }
}
