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
            name = names.Read(member.Name);
            markers = name.IsSubject ? MemberMarkers.None : PrivacyAttributes.MarkersOf(member);
            return !name.IsSubject && (markers & MemberMarkers.NotPersonal) == 0;
        }
    }
}
