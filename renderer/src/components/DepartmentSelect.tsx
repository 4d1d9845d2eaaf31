import { Select, type SelectProps } from 'antd';
import { useCall } from '../api/useCall';

/** The county's departments as a searchable dropdown: by full name, or by short name where space is tight. */
export function DepartmentSelect({ short, ...props }: SelectProps<number> & { short?: boolean }) {
  const departments = useCall('departments.list', {});
  return (
    <Select<number>
      showSearch
      optionFilterProp="label"
      options={(departments.data ?? []).map((d) => ({ value: d.id, label: short ? d.shortName : d.name }))}
      {...props}
    />
  );
}
