import type { directoryContract } from '@shared/contract/directory';
import { getAgency } from '../../db/repositories/agency-repository';
import type { HandlersFor } from '../../api/handler-types';
import type { ServiceContext } from '../context';
import * as bodies from './bodies-service';
import * as directory from './directory-service';

export function createDirectoryHandlers(ctx: ServiceContext): HandlersFor<typeof directoryContract> {
  return {
    'agency.get': () => getAgency(ctx.db),
    'agency.save': (input) => directory.saveAgency(ctx, input),
    'units.list': (input) => directory.listUnits(ctx, input),
    'units.create': (input) => directory.createUnit(ctx, input),
    'units.update': (input) => directory.updateUnit(ctx, input),
    'units.setActive': (input) => directory.setUnitActive(ctx, input),
    'units.match': (input) => directory.matchUnits(ctx, input),
    'units.addAlias': (input) => directory.addUnitAlias(ctx, input),
    'people.list': (input) => directory.listPeople(ctx, input),
    'people.create': (input) => directory.createPerson(ctx, input),
    'people.update': (input) => directory.updatePerson(ctx, input),
    'people.setActive': (input) => directory.setPersonActive(ctx, input),
    'bodies.list': (input) => bodies.listBodies(ctx, input),
    'bodies.create': (input) => bodies.createBody(ctx, input),
    'bodies.update': (input) => bodies.updateBody(ctx, input),
    'bodies.setActive': (input) => bodies.setBodyActive(ctx, input),
    'bodies.match': (input) => bodies.matchBodies(ctx, input),
    'bodies.addAlias': (input) => bodies.addBodyAlias(ctx, input),
  };
}
