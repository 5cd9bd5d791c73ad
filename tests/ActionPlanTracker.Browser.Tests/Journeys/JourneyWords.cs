namespace ActionPlanTracker.Browser.Tests.Journeys;

/// <summary>
/// The words the reporting journey reads and clicks, as people see them in each language. Written out here rather
/// than read from the resource files, so the journey checks what a French-speaking official actually reads.
/// </summary>
public sealed record JourneyWords(
    string Locale,
    string MyReports,
    string CarryForward,
    string CarriedNotice,
    string EditReport,
    string Narrative,
    string Substantial,
    string SaveAndSubmit,
    string Submitted,
    string ReviewQueue,
    string ReviewReport,
    string Comment,
    string Return,
    string Approve,
    string ReturnedSeeComment,
    string Dashboard,
    string Cell,
    string SummaryTitle,
    string AuditTrail,
    string Actor,
    string Show,
    string EventsCaption,
    string[] TrailActions,
    string ReportConflict)
{
    public static readonly JourneyWords English = new(
        "en-GB", "My reports", "Carry forward last cycle's reports", "3 reports started from what you reported in 2030-H1", "Edit {0}",
        "What was done in the period", "Substantial", "Save and submit", "Your report on {0} is submitted to the secretariat.",
        "Review queue", "Review France, {0}", "Comment for the focal point", "Return to the focal point", "Approve", "Returned: see comment",
        "Dashboard", "FR, {0}: Substantial, Approved", "RLG progress summary", "Audit trail", "Actor", "Show", "^Events",
        ["Returned", "Approved", "Exported"],
        "Someone else saved this report while you were editing it, so your text was not saved and theirs was not overwritten. " +
        "Your text is still in the form; what is saved now is shown below it. Save again to replace it with yours.");

    public static readonly JourneyWords French = new(
        "fr-FR", "Mes rapports", "Reprendre les rapports du cycle précédent", "3 rapports préremplis à partir de ce que vous avez déclaré en 2030-H1",
        "Modifier {0}", "Actions menées au cours de la période", "Substantiel", "Enregistrer et soumettre", "Votre rapport sur {0} est soumis au secrétariat.",
        "À examiner", "Examiner France, {0}", "Commentaire pour le point focal", "Renvoyer au point focal", "Approuver", "Renvoyé : voir le commentaire",
        "Tableau de bord", "FR, {0}: Substantiel, Approuvé", "Synthèse des progrès du GRL", "Piste d’audit", "Auteur", "Afficher", "^Événements",
        ["Renvoyé", "Approuvé", "Exporté"],
        "Une autre personne a enregistré ce rapport pendant que vous le modifiiez : votre texte n’a donc pas été enregistré et le sien n’a pas été écrasé. " +
        "Votre texte figure toujours dans le formulaire ; la version actuellement enregistrée est affichée en dessous. Enregistrez à nouveau pour la remplacer par la vôtre.");

    public static JourneyWords Of(string language) => language == "fr" ? French : English;

    public static string Format(string text, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, value);
}
