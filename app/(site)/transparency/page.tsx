import type { Metadata } from "next";
import { getTransparency } from "@/lib/dsa/transparency";

export const metadata: Metadata = {
  title: "Transparency: notices of illegal content",
  description: "Monthly counts of the notices of illegal content we received and what we did.",
  alternates: { canonical: "/transparency" },
};

export default async function TransparencyPage() {
  const months = await getTransparency();
  return (
    <article className="article prose-page">
      <header className="article-header">
        <p className="kicker">About this site</p>
        <h1>Transparency: notices of illegal content</h1>
        <p className="dek">
          Notices received under the EU Digital Services Act, by month of receipt, with our decisions and the
          median time to decide. No automated means are used to detect or decide.
        </p>
      </header>
      <table className="transparency-table" data-testid="transparency-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Notices</th>
            <th scope="col">Removed</th>
            <th scope="col">Restricted</th>
            <th scope="col">Kept</th>
            <th scope="col">Median handling time</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{month.month}</th>
              <td>{month.notices}</td>
              <td>{month.removed}</td>
              <td>{month.restricted}</td>
              <td>{month.kept}</td>
              <td>{month.medianHours === null ? "—" : `${month.medianHours} h`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {months.length === 0 && <p>No notice received yet.</p>}
    </article>
  );
}
