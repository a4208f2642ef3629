using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PRIV005: an endpoint creators call returns aggregates, never rows about who. See docs/rules/PRIV005.md.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CreatorFacingEndpointAnalyzer : EndpointPayloadAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorHelper.Create(
            RuleIdentifiers.CreatorFacingEndpointReturnsPerUserData,
            title: "Creator-facing endpoint returns per-user data",
            messageFormat: "Creator-facing endpoint '{0}' returns who its audience members are through '{1}'; return an aggregate instead",
            RuleCategories.Privacy,
            DiagnosticSeverity.Warning,
            description: "An endpoint that creators call must answer with counts and coarse dimensions. Returning user ids, handles, user entities or rows about individual viewers, likers or downloaders, even as an anonymous projection, tells the creator who engaged.");

        public CreatorFacingEndpointAnalyzer()
            : base(Rule)
        {
        }

        /// <summary>Endpoints creators call (privacy model §3.3).</summary>
        private protected override bool Judges(PrivacyModel model, IMethodSymbol action) => model.Endpoints.IsCreatorFacingAction(action);

        private protected override bool Judges(PrivacyModel model, MinimalApiEndpoint endpoint) => endpoint.IsCreatorFacing;

        /// <summary>Who the audience members are, by the rules of §4 (privacy model §8).</summary>
        private protected override object[]? FindLeak(PrivacyModel model, Endpoint endpoint, ISymbol? source, ITypeSymbol type) =>
            model.Payloads.FindPerUserData(source, type) is { } path ? new object[] { endpoint.DisplayName, path } : null;

        /// <summary>People projected out of engagement records, public engagements too: creators see no one (privacy model §4.8).</summary>
        private protected override object[]? FindProjectedLeak(PrivacyModel model, Endpoint endpoint, Roster projection) =>
            new object[] { endpoint.DisplayName, projection.Path };
    }
}
