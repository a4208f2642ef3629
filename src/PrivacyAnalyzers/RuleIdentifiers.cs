namespace PrivacyAnalyzers
{
    /// <summary>The one registry of rule IDs. Every descriptor, doc page and release note uses these.</summary>
    internal static class RuleIdentifiers
    {
        public const string InvalidPolicyConfiguration = "PRIV000";
        public const string CreatorFacingTypeExposesAudienceIdentifiers = "PRIV001";
        public const string NotificationOnNegativeEngagement = "PRIV002";
        public const string CreatorNotifiedOfPrivateEngagement = "PRIV003";
        public const string CreatorFacingTypeExposesAudienceLocation = "PRIV004";
        public const string CreatorFacingEndpointReturnsPerUserData = "PRIV005";
        public const string ResponseListsWhoEngaged = "PRIV007";
        public const string ResponseExposesWhereAPersonIs = "PRIV008";
        public const string SuppressionWithoutJustification = "PRIV100";

        private const string HelpLinkBase = "https://github.com/privacyanalyzers/PrivacyAnalyzers/blob/main/docs/rules/";

        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
    }
}
