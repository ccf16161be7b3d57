import type { UnitNodeDto } from '@/lib/registry/data/units';
import { registryPaths, unitKindLabels } from '@/lib/registry/labels';

/**
 * The unit hierarchy as nested lists; branches below the second level fold into
 * <details> (their link stays outside the summary, which only opens them), which open
 * without JavaScript.
 */
export function UnitTree({ nodes, depth = 0 }: { nodes: UnitNodeDto[]; depth?: number }) {
  return (
    <ul className={depth === 0 ? 'space-y-1' : 'mt-1 space-y-1 border-l border-stone-300 pl-4'}>
      {nodes.map((node) => (
        <li key={node.id}>
          <UnitLink node={node} />
          {node.children.length > 0 && depth >= 1 ? (
            <details>
              <summary className="cursor-pointer text-xs text-stone-600">{node.children.length} đơn vị trực thuộc</summary>
              <UnitTree nodes={node.children} depth={depth + 1} />
            </details>
          ) : node.children.length > 0 ? (
            <UnitTree nodes={node.children} depth={depth + 1} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function UnitLink({ node }: { node: UnitNodeDto }) {
  return (
    <>
      <a href={registryPaths.unit(node.slug)} className={`hover:underline ${node.active ? 'text-brand-700' : 'text-stone-500'}`}>
        {node.name}
      </a>{' '}
      <span className="text-xs text-stone-600">
        {unitKindLabels[node.kind]}
        {node.active ? '' : ' · ngừng hoạt động'}
      </span>
    </>
  );
}
