using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Names;

namespace PrivacyAnalyzers.Model
{
    /// <summary>How the data rules (PRIV001, PRIV004, PRIV005) read a member before judging it: its name, then its markers.</summary>
    internal static class JudgedMembers
    {
        /// <summary>
        /// Reads a member the data rules judge: false when its name says it is the subject's own data (VideoId,
        /// CreatorHandle) or the team marked it <c>[NoDataClassification]</c>. The name is read first: it is cached, and it
        /// rules out the subject's members before their attributes are read.
        /// </summary>
        public static bool TryReadJudged(this NameVocabulary names, ISymbol member, out MemberName name, out MemberMarkers markers)
        {
            name = names.Read(NameOf(member));
            markers = name.IsSubject ? MemberMarkers.None : PrivacyAttributes.MarkersOf(member);
            return !name.IsSubject && (markers & MemberMarkers.NotPersonal) == 0;
        }

        /// <summary>
        /// What a member's name says: a method that returns a payload is read without its <c>Async</c> suffix
        /// (<c>GetDownloaderIdsAsync</c> names what <c>GetDownloaderIds</c> names).
        /// </summary>
        private static string NameOf(ISymbol member) =>
            member is IMethodSymbol && member.Name.Length > AsyncSuffix.Length && member.Name.EndsWith(AsyncSuffix, System.StringComparison.Ordinal)
                ? member.Name.Substring(0, member.Name.Length - AsyncSuffix.Length)
                : member.Name;

        private const string AsyncSuffix = "Async";
    }
}
